using System.Text.Json;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence;
using Chujing.Web.Consistency;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// The platform's consistency check (<see cref="ConsistencyService"/>, as ingestion and <c>POST /api/check</c> apply
/// it) on one sampled record, with the year's counts as they stand.
/// </summary>
internal sealed class PlatformRecordConsistency(ChujingDbContext db, ConsistencyService consistency) : IRecordConsistency
{
    public async Task<IReadOnlyList<RecordDeviation>> CheckAsync(string filingId, ExportEvent exportEvent, CancellationToken cancellationToken)
    {
        var processor = await db.Processors.AsNoTracking().SingleOrDefaultAsync(p => p.Uscc == exportEvent.Processor, cancellationToken).ConfigureAwait(false);
        if (processor is null)
        {
            return [];
        }

        var deviations = await consistency.CheckAsync(processor, [exportEvent], withCounts: true, cancellationToken).ConfigureAwait(false);
        return [.. deviations.Select(d => new RecordDeviation(
            Chujing.Domain.Filings.FilingNames.Of(d.Kind),
            d.Path,
            d.Severity switch { Severity.Serious => FindingSeverity.Serious, Severity.Major => FindingSeverity.Major, _ => FindingSeverity.General },
            d.Detail + " " + d.DetailEn,
            JsonSerializer.Serialize(d.Basis.Select(b => new { b.Rule, b.Citation }), PlatformJson.Options)))];
    }
}
