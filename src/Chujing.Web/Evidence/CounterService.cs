using Chujing.Domain.Assessment;
using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
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
/// year, held against every threshold that applies: the national bands the engine decides with, and — for each
/// approved filing under a list — the next band the engine reports for that scenario.
/// </summary>
public sealed class CounterService(ChujingDbContext db, Assessor assessor, ListZones zones, TimeProvider time)
{
    public async Task<IReadOnlyList<CounterView>> ForAsync(Caller caller, CancellationToken ct)
    {
        var year = RegulatoryCalendar.Now(time).Year;
        var processors = await db.Processors.AsNoTracking().VisibleTo(caller).OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var ids = processors.Select(p => p.Id).ToList();
        var counts = await db.PersonCounters.AsNoTracking()
            .Where(c => c.Year == year && ids.Contains(c.ProcessorId))
            .ToListAsync(ct).ConfigureAwait(false);
        var approved = await db.Filings.AsNoTracking()
            .Where(f => ids.Contains(f.ProcessorId) && f.Status == FilingStatus.Approved)
            .ToListAsync(ct).ConfigureAwait(false);
        var bands = assessor.IsAvailable ? assessor.Engine.HeadcountBands : [];
        return
        [
            .. processors.Select(p =>
            {
                var persons = new PersonCounts(
                    counts.Where(c => c.ProcessorId == p.Id && !c.Sensitive).Sum(c => c.Count),
                    counts.Where(c => c.ProcessorId == p.Id && c.Sensitive).Sum(c => c.Count));
                var thresholds = p.Ciio
                    ? []
                    : bands.Select(b => ThresholdView.Of(b.Counter, b.From, b.Pathway, b.Citation, persons[b.Counter]))
                        .Concat(ListThresholds(p, approved.Where(f => f.ProcessorId == p.Id), persons));
                return new CounterView(p.Uscc, p.Name, p.ZoneGroupId, year, persons.Personal, persons.Sensitive, [.. ThresholdCoverage.Mark(thresholds.DistinctBy(t => (t.Kind, t.Limit)), approved.Where(f => f.ProcessorId == p.Id))]);
            }),
        ];
    }

    /// <summary>The next band of each approved list filing's scenario, as the engine's headroom reports it.</summary>
    private IEnumerable<ThresholdView> ListThresholds(Processor processor, IEnumerable<Filing> filings, PersonCounts persons)
    {
        if (!assessor.IsAvailable)
        {
            yield break;
        }

        foreach (var filing in filings.DistinctBy(f => (f.ListEdition, f.Scenario)))
        {
            var content = FilingRows.Content(filing);
            if (!content.IsSuccess)
            {
                continue;
            }

            // The scenario's bands alone: important data would decide without them.
            var activity = content.Value.ToActivity(zones.Profile(processor), persons) with { ImportantData = false };
            var decision = assessor.Assess(activity);
            if (!decision.IsSuccess)
            {
                continue;
            }

            var headroom = decision.Value.Headroom;
            foreach (var (counter, room) in new[] { (Counter.Personal, headroom.Personal), (Counter.Sensitive, headroom.Sensitive) })
            {
                if (room is { Next: { } limit and > 0, PathwayAtNext: { } pathway })
                {
                    yield return ThresholdView.Of(counter, limit, pathway, $"{headroom.Basis} · {filing.Scenario}", persons[counter]);
                }
            }
        }
    }
}
