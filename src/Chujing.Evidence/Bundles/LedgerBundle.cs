using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Chujing.Evidence.Verification;

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
    /// key must be that key (otherwise a forger could sign with a key of their own).
    /// </summary>
    public static LedgerVerification Verify(Stream input, byte[]? expectedPublicKey = null, Action<long>? progress = null, CancellationToken cancellationToken = default, IReadOnlyList<TreeHead>? expectedHeads = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        LedgerVerifier? verifier = null;
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
                var type = root.GetProperty("type").GetString();
                if (verifier is null)
                {
                    if (type != "header" || root.GetProperty("format").GetString() != Format)
                    {
                        return new LedgerVerification(0, 0, lineName, "not a Chujing ledger bundle header");
                    }

                    var suite = LedgerSuites.Get(root.GetProperty("suite").GetString()!);
                    var key = Convert.FromBase64String(root.GetProperty("publicKey").GetString()!);
                    if (expectedPublicKey is not null && !key.AsSpan().SequenceEqual(expectedPublicKey))
                    {
                        return new LedgerVerification(0, 0, "public key", "the bundle's public key is not the expected key");
                    }

                    verifier = new LedgerVerifier(suite, key);
                    foreach (var head in expectedHeads ?? [])
                    {
                        verifier.Expect(head);
                    }

                    continue;
                }

                var ok = type switch
                {
                    "leaf" => verifier.AddLeaf(new StoredLeaf(root.GetProperty("index").GetInt64(), Convert.FromHexString(root.GetProperty("hash").GetString()!), root.GetProperty("text").GetString()!)),
                    "treeHead" => verifier.AddHead(ReadHead(root)),
                    _ => verifier.Fail(lineName, $"unknown record type '{type}'"),
                };
                if (!ok)
                {
                    break;
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException or Diagnostics.InvalidInputException)
            {
                var result = verifier ?? new LedgerVerifier(LedgerSuites.Sha256Ed25519, []);
                result.Fail(lineName, "malformed bundle record: " + e.Message);
                return result.Finish();
            }

            if ((lineNumber & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Invoke(verifier.Leaves);
            }
        }

        return verifier?.Finish() ?? new LedgerVerification(0, 0, "line 1", "the bundle is empty");
    }

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
    public static TreeHead ReadHead(JsonElement root) => new(
        root.GetProperty("size").GetInt64(),
        Convert.FromHexString(root.GetProperty("rootHash").GetString()!),
        DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        Convert.FromBase64String(root.GetProperty("signature").GetString()!));

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
