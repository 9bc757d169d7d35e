using Chujing.Persistence;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>Counts over spot-check outcomes and findings, scoped like the checks themselves.</summary>
public sealed class SpotCheckStatisticsService(ChujingDbContext db)
{
    /// <summary>The statistics the caller may see; an enterprise sees none (it is shown only the checks that drew it).</summary>
    public async Task<SpotCheckStatistics?> ForAsync(Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsEnterprise)
        {
            return null;
        }

        var outcomes = db.SpotCheckOutcomes.AsNoTracking();
        var findings = db.SpotCheckFindings.AsNoTracking();
        if (caller.IsOfficer)
        {
            outcomes = outcomes.Where(o => o.ZoneGroupId == caller.ZoneGroupId);
            findings = findings.Where(f => f.ZoneGroupId == caller.ZoneGroupId);
        }

        var rows = await outcomes.Select(o => new { o.ZoneGroupId, o.RiskClass }).ToListAsync(ct).ConfigureAwait(false);
        var found = await findings.Select(f => new { f.Severity, f.OpenedAt, f.ClosedAt }).ToListAsync(ct).ConfigureAwait(false);
        var closedDays = found.Where(f => f.ClosedAt is not null).Select(f => (f.ClosedAt!.Value - f.OpenedAt).TotalDays).Order().ToList();
        var median = closedDays.Count == 0 ? 0 : (long)Math.Round(closedDays[closedDays.Count / 2]);
        return new SpotCheckStatistics(
            [.. rows.GroupBy(r => r.ZoneGroupId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new KeyValuePair<string, long>(g.Key, g.Count()))],
            [.. rows.GroupBy(r => r.RiskClass, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new KeyValuePair<string, long>(g.Key, g.Count()))],
            [.. found.GroupBy(f => f.Severity, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new KeyValuePair<string, long>(g.Key, g.Count()))],
            rows.Count,
            median);
    }
}
