using System.Globalization;
using System.Text.Json;
using Chujing.Diagnostics;

namespace Chujing.Web.Evidence;

/// <summary>
/// Reads the body of <c>POST /api/evidence</c>: a JSON array of export events (CONTRACTS, "An export event"). Every
/// problem is collected with its path (<c>[3].country</c>) and reported at once; nothing is written when one is bad.
/// </summary>
public static class ExportEventReader
{
    public static List<ExportEvent> Read(JsonElement body, string processorUscc, int maxBatch)
    {
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
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Diagnostic.ForField(null, at, "an export event is a JSON object"));
                continue;
            }

            var processor = String(item, "processor");
            if (processor is null)
            {
                problems.Add(Diagnostic.ForField(null, at + ".processor", "required: the processor's USCC"));
            }
            else if (!string.Equals(processor, processorUscc, StringComparison.Ordinal))
            {
                problems.Add(Diagnostic.ForField(null, at + ".processor", $"'{processor}' is not your processor ({processorUscc})"));
            }

            var timeText = String(item, "time");
            var time = default(DateTimeOffset);
            if (timeText is null || !DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time))
            {
                problems.Add(Diagnostic.ForField(null, at + ".time", "required: an ISO 8601 date-time such as 2026-11-27T08:00:00Z"));
            }

            var recipient = String(item, "recipient");
            if (string.IsNullOrWhiteSpace(recipient))
            {
                problems.Add(Diagnostic.ForField(null, at + ".recipient", "required: the overseas recipient's name"));
            }

            var country = String(item, "country");
            if (country is not { Length: 2 } || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1]))
            {
                problems.Add(Diagnostic.ForField(null, at + ".country", "required: an ISO 3166-1 alpha-2 code such as DE"));
            }

            long persons = -1;
            if (!item.TryGetProperty("persons", out var p) || p.ValueKind != JsonValueKind.Number || !p.TryGetInt64(out persons) || persons < 0)
            {
                problems.Add(Diagnostic.ForField(null, at + ".persons", "required: a whole number ≥ 0"));
            }

            var keys = new List<string>();
            if (item.TryGetProperty("personKeys", out var k))
            {
                if (k.ValueKind != JsonValueKind.Array || k.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String || x.GetString()!.Length is 0 or > 128))
                {
                    problems.Add(Diagnostic.ForField(null, at + ".personKeys", "an array of keyed hashes (strings of 1–128 characters)"));
                }
                else
                {
                    keys.AddRange(k.EnumerateArray().Select(x => x.GetString()!));
                }
            }

            var sensitive = item.TryGetProperty("sensitive", out var s) && s.ValueKind == JsonValueKind.True;
            events.Add(new ExportEvent(item.GetRawText(), time, recipient ?? string.Empty, country ?? string.Empty, persons, String(item, "filing"), String(item, "scenario"), sensitive, keys));
        }

        return problems.Count > 0 ? throw new InvalidInputException(problems) : events;
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
