using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// A claimed exemption checked element by element. <see cref="Holds"/> is false when the activity contradicts any
/// element: the national rules then decide as if no exemption were claimed. Elements with
/// <see cref="ElementStatus.ProcessorBurden"/> are what the processor must be able to show for the claim to stand.
/// </summary>
/// <param name="Exemption">The claimed exemption.</param>
/// <param name="Rule">The rule id of the exemption (e.g. <c>art3-trade-without-personal-data</c>).</param>
public sealed record ExemptionClaim(
    Exemption Exemption,
    string Rule,
    string Citation,
    bool Holds,
    IReadOnlyList<ElementFinding> Elements)
{
    /// <summary>
    /// Why a claim with no elements fails: the exemption did not exist under the national rules of the decision's
    /// day (with the provision that introduced it later, where the catalogs hold it). Null for a claim with elements.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary><see cref="Reason"/> in Chinese.</summary>
    public string? ReasonZh { get; init; }
}
