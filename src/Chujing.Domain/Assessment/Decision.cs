using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// The answer for one export activity: the strictest pathway over everything in it, the rules that decided it
/// (never empty), the headroom of each counter, the duties beside the pathway and the editions used.
/// </summary>
public sealed record Decision(
    Pathway Pathway,
    IReadOnlyList<BasisEntry> Basis,
    Headroom Headroom,
    IReadOnlyList<Duty> Duties,
    ListUse? List,
    IReadOnlyList<EditionStamp> Catalogs)
{
    /// <summary>The claimed exemption, element by element; null when none is claimed.</summary>
    public ExemptionClaim? Exemption { get; init; }

    /// <summary>
    /// While a fact is not known (<c>null</c> in the activity): every pathway still possible and the fact that decides;
    /// <see cref="Pathway"/> is then the strictest of them. Null when every fact is known.
    /// </summary>
    public IReadOnlyList<PossiblePathway>? Possible { get; init; }
}
