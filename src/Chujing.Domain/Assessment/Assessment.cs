using Chujing.Catalog;

namespace Chujing.Assessment;

/// <summary>
/// The answer for one export activity: the strictest pathway over everything in it, the rules that decided it
/// (never empty), the headroom of each counter, the duties beside the pathway and the editions used.
/// </summary>
public sealed record Assessment(
    Pathway Pathway,
    IReadOnlyList<BasisEntry> Basis,
    Headroom Headroom,
    IReadOnlyList<Duty> Duties,
    ListUse? List,
    IReadOnlyList<EditionStamp> Catalogs);
