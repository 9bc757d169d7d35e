using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;

namespace Chujing.Web.Evidence;

/// <summary>
/// Reads a body of export events (<c>POST /api/evidence</c>, <c>POST /api/check</c>): a JSON array of events
/// (CONTRACTS, "An export event"). Each element is validated and typed once by the ledger's own
/// <see cref="ExportEvent"/> under a <see cref="ExportEventPolicy"/> (the same one <c>chujing ledger append
/// --policy</c> applies), and must name the caller's processor. Every problem is reported at once with its path
/// (<c>[3].country</c>); nothing is written when one is bad.
/// </summary>
public static class ExportEventReader
{
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
            var parsed = ExportEvent.Parse(item);
            if (!parsed.IsSuccess)
            {
                problems.AddRange(parsed.Diagnostics.Select(d => At(at, d)));
                continue;
            }

            if (!string.Equals(parsed.Value.Processor, processorUscc, StringComparison.Ordinal))
            {
                problems.Add(Diagnostic.ForField(null, at + ".processor", $"'{parsed.Value.Processor}' is not your processor ({processorUscc})"));
                continue;
            }

            var refused = policy.Check(parsed.Value);
            if (refused.Count > 0)
            {
                problems.AddRange(refused.Select(d => At(at, d)));
                continue;
            }

            events.Add(parsed.Value);
        }

        return problems.Count > 0 ? throw new InvalidInputException(problems) : events;
    }

    private static Diagnostic At(string at, Diagnostic d) => Diagnostic.ForField(null, d.Subject is null ? at : at + "." + d.Subject, d.Message, d.Suggestion);
}
