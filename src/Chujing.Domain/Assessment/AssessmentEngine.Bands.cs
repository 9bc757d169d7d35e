using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>The national bands as the engine compiled them, for hosts that hold counters against them.</summary>
public sealed partial class AssessmentEngine
{
    private NationalBand[]? _nationalBands;

    /// <summary>
    /// Every band of the national headcount rules (non-CIIO) that requires a standard contract, certification or a
    /// security assessment, ordered by counter and count. Derived from the national edition the engine decides
    /// with, so that a host never keeps a second copy of the numbers.
    /// </summary>
    public IReadOnlyList<NationalBand> HeadcountBands => _nationalBands ??=
    [
        .. _national.Headcount
            .SelectMany(rule => rule.Thresholds.Select(band => (rule, band)))
            .Where(x => x.band.Pathway is Pathway.StandardContractOrCertification or Pathway.SecurityAssessment)
            .Select(x => new NationalBand(x.band.Counter, x.band.From, x.band.Pathway, x.rule.Id, x.rule.Citation))
            .OrderBy(b => b.Counter)
            .ThenBy(b => b.From),
    ];
}
