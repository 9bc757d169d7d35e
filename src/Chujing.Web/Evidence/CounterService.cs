using System.Text.Json;
using System.Text.Json.Nodes;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Filings;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Filings;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Evidence;

/// <summary>
/// The cumulative distinct-person counters of the processors a caller may see, for the current Beijing calendar
/// year, held against every threshold that applies: the national bands, and — for each approved filing under a
/// list — the next band the engine reports for that scenario.
/// </summary>
public sealed class CounterService(ChujingDbContext db, IActivityAssessor assessor, TimeProvider time)
{
    public async Task<IReadOnlyList<CounterView>> ForAsync(Caller caller, CancellationToken ct)
    {
        var year = BeijingClock.Now(time).Year;
        var processors = await db.Processors.AsNoTracking().VisibleTo(caller).OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var ids = processors.Select(p => p.Id).ToList();
        var counts = await db.PersonCounters.AsNoTracking()
            .Where(c => c.Year == year && ids.Contains(c.ProcessorId))
            .ToListAsync(ct).ConfigureAwait(false);
        var approved = await db.Filings.AsNoTracking()
            .Where(f => ids.Contains(f.ProcessorId) && f.Status == FilingStatus.Approved)
            .ToListAsync(ct).ConfigureAwait(false);
        return
        [
            .. processors.Select(p =>
            {
                var personal = counts.Where(c => c.ProcessorId == p.Id && !c.Sensitive).Sum(c => c.Count);
                var sensitive = counts.Where(c => c.ProcessorId == p.Id && c.Sensitive).Sum(c => c.Count);
                var thresholds = p.Ciio ? [] : CounterThresholds.Evaluate(personal, sensitive).Concat(ListThresholds(p, approved.Where(f => f.ProcessorId == p.Id), personal, sensitive));
                return new CounterView(p.Uscc, p.Name, p.ZoneGroupId, year, personal, sensitive, [.. thresholds.DistinctBy(t => (t.Kind, t.Limit))]);
            }),
        ];
    }

    /// <summary>The next band of each approved list filing's scenario, as the engine's headroom reports it.</summary>
    private IEnumerable<ThresholdView> ListThresholds(Processor processor, IEnumerable<Filing> filings, long personal, long sensitive)
    {
        if (!assessor.IsAvailable)
        {
            yield break;
        }

        foreach (var filing in filings.DistinctBy(f => (f.ListEdition, f.Scenario)))
        {
            var activity = JsonNode.Parse(FilingService.ActivityJson(filing, processor))!.AsObject();
            activity["importantData"] = false;
            activity["persons"] = new JsonObject { ["personal"] = personal, ["sensitive"] = sensitive };
            var outcome = assessor.Assess(activity.ToJsonString());
            if (!outcome.IsSuccess)
            {
                continue;
            }

            using var document = JsonDocument.Parse(outcome.ResultJson!);
            var headroom = document.RootElement.GetProperty("headroom");
            var basis = headroom.TryGetProperty("basis", out var b) ? b.GetString() ?? string.Empty : string.Empty;
            foreach (var kind in (string[])["personal", "sensitive"])
            {
                if (headroom.TryGetProperty(kind, out var counter) && counter.TryGetProperty("next", out var next) && next.TryGetInt64(out var limit) && limit > 0
                    && counter.TryGetProperty("pathwayAtNext", out var pathway))
                {
                    yield return CounterThresholds.Evaluate(kind, limit, pathway.GetString()!, $"{basis} · {filing.Scenario}", kind == "sensitive" ? sensitive : personal);
                }
            }
        }
    }
}
