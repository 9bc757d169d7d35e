using Chujing.Domain.Catalog;
using Chujing.Persistence.Filings;

namespace Chujing.Web.Evidence;

/// <summary>
/// Whether a threshold that a count reached is already answered: an approved filing of the processor whose pathway is
/// at least the one the band needs (a standard contract or certification, or a security assessment) covers it, so the
/// alert can say so instead of staying red as if nothing had been done.
/// </summary>
public static class ThresholdCoverage
{
    /// <summary>The thresholds with <see cref="ThresholdView.CoveredBy"/> set to the first approved filing whose pathway satisfies the band.</summary>
    public static IEnumerable<ThresholdView> Mark(IEnumerable<ThresholdView> thresholds, IEnumerable<Filing> approved)
    {
        var filings = approved.Where(f => f.Pathway is not null).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        return thresholds.Select(t => t with
        {
            CoveredBy = Covers(t.Pathway) ? filings.FirstOrDefault(f => Satisfies(f.Pathway!.Value, t.Pathway))?.Id : null,
        });
    }

    /// <summary>
    /// True when a filing decided <paramref name="filed"/> answers a band that needs <paramref name="needed"/>: the
    /// three ordered pathways, the filed one at least as strict (a security assessment answers a contract band).
    /// </summary>
    public static bool Satisfies(Pathway filed, Pathway needed) =>
        Covers(needed) && filed is >= Pathway.Exempt and <= Pathway.SecurityAssessment && filed >= needed;

    // Only a band that needs something can be answered; another lawful route is never an assessment's pathway.
    private static bool Covers(Pathway needed) => needed is Pathway.StandardContractOrCertification or Pathway.SecurityAssessment;
}
