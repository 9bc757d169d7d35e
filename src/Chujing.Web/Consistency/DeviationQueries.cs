using Chujing.Domain.Consistency;
using Chujing.Persistence;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Consistency;

/// <summary>Stored deviations within the caller's tenant: the queue (gravest first) and the counts per zone group.</summary>
public sealed class DeviationQueries(ChujingDbContext db)
{
    /// <summary>The most rows one query answers.</summary>
    public const int MaxTake = 1000;

    /// <summary>Deviations visible to <paramref name="caller"/>, gravest first, then by filing, processor and leaf.</summary>
    public Task<IReadOnlyList<DeviationRowView>> ListAsync(Caller caller, string? filing, Severity? severity, string? processor, int take, CancellationToken ct) =>
        ListAsync(caller, new DeviationFilter(new Lists.ListQuery(Processor: processor, Filing: filing), severity), take, ct);

    /// <summary>
    /// Deviations visible to <paramref name="caller"/> that match <paramref name="filter"/> (its date range on the
    /// export's time), gravest first, then the most recently recorded.
    /// </summary>
    public async Task<IReadOnlyList<DeviationRowView>> ListAsync(Caller caller, DeviationFilter filter, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Deviations.AsNoTracking().VisibleTo(caller);
        if (filter.List.Filing is { } filing)
        {
            query = query.Where(d => d.FilingId == filing);
        }

        if (filter.Severity is { } s)
        {
            query = query.Where(d => d.Severity == s);
        }

        if (filter.List.Processor is { } processor)
        {
            query = query.Where(d => db.Processors.Any(p => p.Id == d.ProcessorId && p.Uscc == processor));
        }

        if (filter.List.ZoneGroup is { } zone)
        {
            query = query.Where(d => d.ZoneGroupId == zone);
        }

        if (filter.List.Start is { } start)
        {
            query = query.Where(d => d.EventTime >= start);
        }

        if (filter.List.End is { } end)
        {
            query = query.Where(d => d.EventTime < end);
        }

        // Severity is stored by name, and the names sort as the grades do (serious > major > general); within a grade
        // the most recently recorded first, so that a dashboard showing the first few shows what is new.
        var rows = await query
            .Join(db.Processors, d => d.ProcessorId, p => p.Id, (d, p) => new { d, p.Uscc, p.Name })
            .OrderByDescending(r => r.d.Severity).ThenByDescending(r => r.d.Id)
            .Take(Math.Clamp(take, 1, MaxTake))
            .ToListAsync(ct).ConfigureAwait(false);
        return
        [
            .. rows
                .Select(r => new DeviationRowView(
                    r.d.Id, r.Uscc, r.Name, r.d.ZoneGroupId, r.d.FilingId, r.d.LeafIndex, r.d.EventTime, r.d.Kind, r.d.Path, r.d.Severity, r.d.Detail, r.d.DetailEn,
                    [.. r.d.BasisRules.Zip(r.d.BasisCitations, (rule, citation) => new DeviationBasis(rule, citation))],
                    r.d.RecordedAt)),
        ];
    }

    /// <summary>Counts by zone group and severity, for every group the caller may see (groups without deviations included).</summary>
    public async Task<IReadOnlyList<DeviationCount>> CountsAsync(Caller caller, CancellationToken ct)
    {
        var counts = await db.Deviations.AsNoTracking().VisibleTo(caller)
            .GroupBy(d => new { d.ZoneGroupId, d.Severity })
            .Select(g => new { g.Key.ZoneGroupId, g.Key.Severity, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var groups = await db.ZoneGroups.AsNoTracking().OrderBy(z => z.Id).ToListAsync(ct).ConfigureAwait(false);
        return
        [
            .. groups
                .Where(z => caller.IsCity || z.Id == caller.ZoneGroupId || counts.Any(c => c.ZoneGroupId == z.Id))
                .Select(z => new DeviationCount(
                    z.Id,
                    z.Name,
                    counts.Where(c => c.ZoneGroupId == z.Id && c.Severity == Severity.Serious).Sum(c => c.Count),
                    counts.Where(c => c.ZoneGroupId == z.Id && c.Severity == Severity.Major).Sum(c => c.Count),
                    counts.Where(c => c.ZoneGroupId == z.Id && c.Severity == Severity.General).Sum(c => c.Count))),
        ];
    }
}
