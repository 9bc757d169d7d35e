namespace Chujing.Domain.Catalog;

/// <summary>
/// A list item as <c>catalog show --json</c> writes it: the pathway is always present (<c>unknown</c> where no
/// source gives it), and an item written at domain level says so through <see cref="Scope"/>.
/// </summary>
public sealed record ItemView(
    string Id,
    ItemKind Kind,
    string Name,
    string? NameEn,
    string? Description,
    string Pathway,
    IReadOnlyList<Threshold> Thresholds,
    bool ThresholdsKnown,
    ReportedThreshold? ReportedThreshold,
    ScenarioScope? Scope,
    IReadOnlyList<string>? Scenarios,
    IReadOnlyList<CatalogField> Fields,
    IReadOnlyList<ItemException> Exceptions,
    string Citation,
    Provenance Provenance)
{
    public static ItemView Of(ListItem i) => new(
        i.Id, i.Kind, i.Name, i.NameEn, i.Description, i.Pathway?.ToName() ?? "unknown", i.Thresholds, i.ThresholdsKnown,
        i.Reported, i.Scope, i.Scope == ScenarioScope.Listed ? i.ScenarioIds : null, i.Fields, i.Exceptions, i.Citation, i.Provenance);
}
