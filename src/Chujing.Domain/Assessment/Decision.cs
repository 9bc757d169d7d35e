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

    /// <summary>The lowest confidence among the entries that require <see cref="Pathway"/>; null when only engine notes do.</summary>
    public Confidence? Confidence { get; init; }

    /// <summary>
    /// When <see cref="Confidence"/> is below two-source confirmation: what the engine decides on confirmed entries
    /// only (e.g. the national bands where a list's relaxed figure has one source). Null otherwise.
    /// </summary>
    public StrictDecision? Strict { get; init; }

    /// <summary>With <c>--compare</c>: what the national rules alone and each list edition that could apply decide.</summary>
    public IReadOnlyList<Comparison>? Comparisons { get; init; }
}
