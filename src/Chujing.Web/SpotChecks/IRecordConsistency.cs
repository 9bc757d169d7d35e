using Chujing.Domain.Evidence;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// The per-event consistency check a spot check applies to each sampled record: the deviations of one export event
/// from the filing it names (kinds and severities as CONTRACTS.md, "Consistency of actual exports with their filing").
/// </summary>
public interface IRecordConsistency
{
    /// <summary>The deviations of <paramref name="exportEvent"/> against filing <paramref name="filingId"/>.</summary>
    Task<IReadOnlyList<RecordDeviation>> CheckAsync(string filingId, ExportEvent exportEvent, CancellationToken cancellationToken);
}
