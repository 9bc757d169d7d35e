namespace Chujing.Domain.Editions;

/// <summary>
/// The impact of a revised edition on the filings in force (like a plan before it is applied): which items changed,
/// how many filings were replayed, and every filing whose outcome changes, with totals per processor and zone group.
/// </summary>
/// <param name="Considered">Filings in force on a list of the revised jurisdiction.</param>
/// <param name="Reevaluated">Those whose scenario holds a changed entry, replayed under both editions.</param>
public sealed record ImpactReport(
    string Edition,
    string? BasedOn,
    IReadOnlyList<string> ChangedItems,
    bool WholeEditionChanged,
    int Considered,
    int Reevaluated,
    IReadOnlyList<FilingImpact> Filings,
    IReadOnlyList<ImpactTotal> Processors,
    IReadOnlyList<ImpactTotal> ZoneGroups,
    ImpactTotal Total);
