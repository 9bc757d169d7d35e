using Chujing.Persistence;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Evidence;

/// <summary>The cumulative distinct-person counters of the processors a caller may see, for the current Beijing calendar year.</summary>
public sealed class CounterService(ChujingDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<CounterView>> ForAsync(Caller caller, CancellationToken ct)
    {
        var year = BeijingClock.Now(time).Year;
        var processors = await db.Processors.AsNoTracking().VisibleTo(caller).OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var ids = processors.Select(p => p.Id).ToList();
        var counts = await db.PersonKeys.AsNoTracking()
            .Where(k => k.Year == year && ids.Contains(k.ProcessorId))
            .GroupBy(k => new { k.ProcessorId, k.Sensitive })
            .Select(g => new { g.Key.ProcessorId, g.Key.Sensitive, Count = g.LongCount() })
            .ToListAsync(ct).ConfigureAwait(false);
        return
        [
            .. processors.Select(p =>
            {
                var personal = counts.Where(c => c.ProcessorId == p.Id && !c.Sensitive).Sum(c => c.Count);
                var sensitive = counts.Where(c => c.ProcessorId == p.Id && c.Sensitive).Sum(c => c.Count);
                return new CounterView(p.Uscc, p.Name, p.ZoneGroupId, year, personal, sensitive, p.Ciio ? [] : CounterThresholds.Evaluate(personal, sensitive));
            }),
        ];
    }
}
