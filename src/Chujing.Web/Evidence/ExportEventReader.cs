using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Evidence;

/// <summary>
/// Reads the body of <c>POST /api/evidence</c>: a JSON array of export events (docs/contracts.md, "An export event"). Each
/// event is validated and canonicalised by the ledger's own <see cref="Chujing.Domain.Evidence.ExportEvent"/> (so the API
/// and <c>chujing ledger append</c> accept the same events), and must name the caller's processor. Every problem is
/// reported at once with its path (<c>[3].country</c>); nothing is written when one is bad.
/// </summary>
public static class ExportEventReader
{
    public static List<IngestedEvent> Read(JsonElement body, string processorUscc, int maxBatch)
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
        var events = new List<IngestedEvent>(count);
        var index = 0;
        foreach (var item in body.EnumerateArray())
        {
            var at = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            var parsed = Chujing.Domain.Evidence.ExportEvent.Parse(item.GetRawText());
            if (!parsed.IsSuccess)
            {
                problems.AddRange(parsed.Diagnostics.Select(d => Diagnostic.ForField(null, d.Subject is null ? at : at + "." + d.Subject, d.Message, d.Suggestion)));
                continue;
            }

            var processor = String(item, "processor")!;
            if (!string.Equals(processor, processorUscc, StringComparison.Ordinal))
            {
                problems.Add(Diagnostic.ForField(null, at + ".processor", $"'{processor}' is not your processor ({processorUscc})"));
                continue;
            }

            var keys = item.TryGetProperty("personKeys", out var k) ? k.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            if (keys.Any(key => key.Length > 128))
            {
                problems.Add(Diagnostic.ForField(null, at + ".personKeys", "keyed hashes longer than 128 characters are not counted"));
                continue;
            }

            // Counters count distinct persons from keyed hashes: an event naming more persons than it has keys for
            // would pass those persons uncounted, so it is refused rather than under-counted.
            var persons = item.GetProperty("persons").GetInt64();
            var distinctKeys = keys.Distinct(StringComparer.Ordinal).Count();
            if (distinctKeys < persons)
            {
                problems.Add(Diagnostic.ForField(null, at + ".personKeys", $"{distinctKeys.ToString(CultureInfo.InvariantCulture)} distinct keyed hashes for {persons.ToString(CultureInfo.InvariantCulture)} persons; send one keyed hash per person, since the counters count distinct persons from them"));
                continue;
            }

            events.Add(new IngestedEvent(
                parsed.Value,
                // Stored in UTC (PostgreSQL's timestamptz takes no other offset); the year is still taken in Beijing time.
                DateTimeOffset.Parse(String(item, "time")!, CultureInfo.InvariantCulture).ToUniversalTime(),
                String(item, "recipient")!,
                String(item, "country")!,
                persons,
                String(item, "filing"),
                String(item, "scenario"),
                item.TryGetProperty("sensitive", out var s) && s.ValueKind == JsonValueKind.True,
                keys));
        }

        return problems.Count > 0 ? throw new InvalidInputException(problems) : events;
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
