using System.Globalization;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;

namespace Chujing.Web.Evidence;

/// <summary>
/// Reads a body of export events (<c>POST /api/evidence</c>, <c>POST /api/check</c>): a JSON array of events
/// (docs/contracts.md, "An export event"). Each element is validated and typed once by the ledger's own
/// <see cref="ExportEvent"/> under a <see cref="ExportEventPolicy"/> (the same one <c>chujing ledger append
/// --policy</c> applies), and must name the caller's processor. Every problem is reported at once with its path
/// (<c>[3].country</c>); nothing is written when one is bad.
/// </summary>
public static class ExportEventReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static List<ExportEvent> Read(JsonElement body, string processorUscc, int maxBatch, ExportEventPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (body.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "body", "expected a JSON array of export events"));
        }

        var count = body.GetArrayLength();
        if (count == 0 || count > maxBatch)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "body", $"send between 1 and {maxBatch.ToString(CultureInfo.InvariantCulture)} events per request"));
        }

        var problems = new List<Diagnostic>();
        var events = new List<ExportEvent>(count);
        var index = 0;
        foreach (var item in body.EnumerateArray())
        {
            var at = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            Check(ExportEvent.Parse(item), processorUscc, policy, d => At(at, d), problems, events);
        }

        return problems.Count > 0 ? throw new InvalidInputException(problems) : events;
    }

    /// <summary>
    /// Reads an events file (JSON Lines, as <c>chujing ledger append</c> takes it): one event per non-blank line, each
    /// checked exactly as an element of <see cref="Read(JsonElement, string, int, ExportEventPolicy)"/>. Every
    /// problem names its 1-based line (<see cref="Diagnostic.Line"/>) and the event's field; nothing is written when
    /// one is bad. Invalid UTF-8 is reported on its line.
    /// </summary>
    public static List<ExportEvent> ReadLines(ReadOnlySpan<byte> file, string source, string processorUscc, int maxBatch, ExportEventPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (file.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            file = file[3..];
        }

        var problems = new List<Diagnostic>();
        var events = new List<ExportEvent>();
        var line = 0;
        var seen = 0;
        while (file.Length > 0)
        {
            line++;
            var end = file.IndexOf((byte)'\n');
            var bytes = end < 0 ? file : file[..end];
            file = end < 0 ? [] : file[(end + 1)..];
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                problems.Add(new Diagnostic(source, line, 0, null, "not valid UTF-8: save the file as UTF-8") { Kind = DiagnosticKind.Syntax });
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (++seen > maxBatch)
            {
                throw new InvalidInputException(new Diagnostic(source, line, 0, null, $"send between 1 and {maxBatch.ToString(CultureInfo.InvariantCulture)} events per request"));
            }

            var at = line;
            Check(ExportEvent.Parse(text, source, line), processorUscc, policy, d => d with { Source = source, Line = at }, problems, events);
        }

        if (seen == 0 && problems.Count == 0)
        {
            throw new InvalidInputException(new Diagnostic(source, 0, 0, null, $"send between 1 and {maxBatch.ToString(CultureInfo.InvariantCulture)} events per request"));
        }

        return problems.Count > 0 ? throw new InvalidInputException(problems) : events;
    }

    // One event, validated as the ledger reads it, then held to the caller's processor and the policy.
    private static void Check(Result<ExportEvent> parsed, string processorUscc, ExportEventPolicy policy, Func<Diagnostic, Diagnostic> at, List<Diagnostic> problems, List<ExportEvent> events)
    {
        if (!parsed.IsSuccess)
        {
            problems.AddRange(parsed.Diagnostics.Select(at));
            return;
        }

        if (!string.Equals(parsed.Value.Processor, processorUscc, StringComparison.Ordinal))
        {
            problems.Add(at(Diagnostic.ForField(null, "processor", $"'{parsed.Value.Processor}' is not your processor ({processorUscc})")));
            return;
        }

        var refused = policy.Check(parsed.Value);
        if (refused.Count > 0)
        {
            problems.AddRange(refused.Select(at));
            return;
        }

        events.Add(parsed.Value);
    }

    private static Diagnostic At(string at, Diagnostic d) => Diagnostic.ForField(null, d.Subject is null ? at : at + "." + d.Subject, d.Message, d.Suggestion);
}
