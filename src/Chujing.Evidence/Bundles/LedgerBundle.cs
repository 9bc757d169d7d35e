using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Chujing.Evidence.Verification;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Bundles;

/// <summary>
/// A whole log in one JSON Lines file that verifies offline with nothing else (docs/evidence-log-format.md,
/// "Bundle"): a header line with the suite and public key, then the leaves in order, each tree head right after
/// the last leaf it covers.
/// </summary>
public static class LedgerBundle
{
    /// <summary>The header's format value.</summary>
    public const string Format = "chujing-ledger-bundle/v1";

    private const int PageSize = 10_000;

    // Relaxed escaping keeps leaf text readable in the bundle (quotes as \", Chinese as written); the bundle is not HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every leaf and tree head of <paramref name="ledger"/> up to its latest head.</summary>
    public static void Export(EvidenceLedger ledger, Stream output, Action<long, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(output);
        var heads = ledger.Store.TreeHeads();
        var size = heads.Count == 0 ? 0 : heads[^1].Size;
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("type", "header");
        writer.WriteString("format", Format);
        writer.WriteString("suite", ledger.Metadata.Suite);
        writer.WriteString("publicKey", Convert.ToBase64String(ledger.Metadata.PublicKey));
        writer.WriteString("created", ledger.Metadata.Created);
        writer.WriteNumber("size", size);
        writer.WriteNumber("treeHeads", heads.Count);
        writer.WriteEndObject();
        NewLine(writer, output);
        var nextHead = 0;
        WriteHeadsAt(0, heads, ref nextHead, writer, output);
        for (var from = 0L; from < size;)
        {
            var page = ledger.Store.ReadLeaves(from, (int)Math.Min(PageSize, size - from));
            if (page.Count == 0)
            {
                break;
            }

            foreach (var leaf in page)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "leaf");
                writer.WriteNumber("index", leaf.Index);
                writer.WriteString("hash", Convert.ToHexStringLower(leaf.Hash));
                writer.WriteString("text", leaf.Text);
                writer.WriteEndObject();
                NewLine(writer, output);
                WriteHeadsAt(leaf.Index + 1, heads, ref nextHead, writer, output);
            }

            from = page[^1].Index + 1;
            progress?.Invoke(from, size);
        }

        writer.Flush();
    }

    /// <summary>
    /// Verifies a bundle with only its own content. When <paramref name="expectedPublicKey"/> is given, the bundle's
    /// key must be that key (otherwise a forger could sign with a key of their own). Throws
    /// <see cref="Domain.Diagnostics.InvalidInputException"/> naming <paramref name="source"/> when the input is not a bundle at all.
    /// </summary>
    public static LedgerVerification Verify(Stream input, byte[]? expectedPublicKey = null, Action<long>? progress = null, IReadOnlyList<TreeHead>? expectedHeads = null, string source = "bundle", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        LedgerVerifier? verifier = null;
        long announcedSize = 0;
        long announcedHeads = 0;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var lineName = "line " + lineNumber.ToString(CultureInfo.InvariantCulture);
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException("a record must be a JSON object");
                }

                var type = Text(root, "type");
                if (verifier is null)
                {
                    if (type != "header" || Text(root, "format") != Format)
                    {
                        throw new FormatException("the first line is not a bundle header");
                    }

                    var suite = LedgerSuites.Get(Text(root, "suite"));
                    var key = Convert.FromBase64String(Text(root, "publicKey"));
                    announcedSize = Count(root, "size");
                    announcedHeads = Count(root, "treeHeads");
                    if (expectedPublicKey is not null && !key.AsSpan().SequenceEqual(expectedPublicKey))
                    {
                        return new LedgerVerification(0, 0, "public key", "the bundle's public key is not the expected key");
                    }

                    verifier = new LedgerVerifier(suite, key) { IsBundle = true };
                    foreach (var head in expectedHeads ?? [])
                    {
                        verifier.Expect(head);
                    }

                    continue;
                }

                var ok = type switch
                {
                    "leaf" => verifier.AddLeaf(new StoredLeaf(Count(root, "index"), Convert.FromHexString(Text(root, "hash")), Text(root, "text"))),
                    "treeHead" => verifier.AddHead(ReadHead(root)),
                    _ => verifier.Fail(lineName, $"unknown record type '{type}'"),
                };
                if (!ok)
                {
                    break;
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException or ArgumentException or Domain.Diagnostics.InvalidInputException)
            {
                var message = e switch
                {
                    JsonException => "not a JSON object on one line",
                    Domain.Diagnostics.InvalidInputException invalid => string.Join("; ", invalid.Diagnostics.Select(d => d.Message)),
                    _ => e.Message,
                };
                if (verifier is null)
                {
                    throw new Domain.Diagnostics.InvalidInputException(new Domain.Diagnostics.Diagnostic(source, lineNumber, 0, null, "not a Chujing ledger bundle: " + message));
                }

                verifier.Fail(lineName, "malformed bundle record: " + message);
                return verifier.Finish();
            }

            if ((lineNumber & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Invoke(verifier.Leaves);
            }
        }

        if (verifier is null)
        {
            // Not even a header: nothing here is a bundle, as with a first line that is not one.
            throw new Domain.Diagnostics.InvalidInputException(new Domain.Diagnostics.Diagnostic(source, 0, 0, null, "not a Chujing ledger bundle: the file is empty"));
        }

        var result = verifier.Finish();
        if (result.IsValid && (result.Leaves != announcedSize || result.TreeHeads != announcedHeads))
        {
            return result with
            {
                Subject = "bundle",
                Failure = string.Create(CultureInfo.InvariantCulture, $"the header announces {announcedSize} leaves and {announcedHeads} tree heads, but the bundle holds {result.Leaves} leaves and {result.TreeHeads} tree heads: it was cut short or records are missing"),
            };
        }

        return result;
    }

    // A required string member; a missing or non-string member is named.
    private static string Text(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"the field '{name}' is missing or not a string");

    // A required non-negative integer member.
    private static long Count(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0
            ? number
            : throw new FormatException($"the field '{name}' is missing or not a non-negative integer");

    /// <summary>A tree head as JSON members (used by the bundle and by <c>ledger head --json</c>).</summary>
    public static void WriteHeadMembers(Utf8JsonWriter writer, TreeHead head)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(head);
        writer.WriteNumber("size", head.Size);
        writer.WriteString("rootHash", Convert.ToHexStringLower(head.RootHash));
        writer.WriteString("timestamp", head.TimestampText);
        writer.WriteString("signature", Convert.ToBase64String(head.Signature));
    }

    /// <summary>Reads a tree head from JSON members <c>size</c>, <c>rootHash</c> (hex), <c>timestamp</c>, <c>signature</c> (base64), as <c>ledger head --json</c> writes them.</summary>
    /// <exception cref="FormatException">A member is missing or malformed (the message names it).</exception>
    public static TreeHead ReadHead(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a tree head must be a JSON object");
        }

        var size = Count(root, "size");
        var rootHash = Convert.FromHexString(Text(root, "rootHash"));
        var timestamp = DateTimeOffset.TryParse(Text(root, "timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new FormatException("the field 'timestamp' is not a timestamp");
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(Text(root, "signature"));
        }
        catch (FormatException)
        {
            throw new FormatException("the field 'signature' is not base64");
        }

        return new TreeHead(size, rootHash, timestamp, signature);
    }

    private static void WriteHeadsAt(long size, IReadOnlyList<TreeHead> heads, ref int next, Utf8JsonWriter writer, Stream output)
    {
        while (next < heads.Count && heads[next].Size == size)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "treeHead");
            WriteHeadMembers(writer, heads[next]);
            writer.WriteEndObject();
            NewLine(writer, output);
            next++;
        }
    }

    private static void NewLine(Utf8JsonWriter writer, Stream output)
    {
        writer.Flush();
        output.WriteByte((byte)'\n');
        writer.Reset(output);
    }
}
