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
    IReadOnlyList<EditionStamp> Catalogs);
