namespace Chujing.Domain.Catalog;

/// <summary>
/// A domain as <c>catalog show --json</c> writes it. Each scenario lists every item that applies in it, including
/// items written at domain level (marked by <c>scope</c>); <see cref="Items"/> repeats the domain-level items.
/// </summary>
public sealed record DomainView(
    string Id,
    string Name,
    string? NameEn,
    IReadOnlyList<Exclusion> Exclusions,
    IReadOnlyList<DomainView.ScenarioView> Scenarios,
    IReadOnlyList<ItemView> Items,
    string? Citation,
    Provenance? Provenance)
{
    public static DomainView Of(CatalogDomain d) => new(
        d.Id, d.Name, d.NameEn, d.Exclusions,
        d.Scenarios.Select(s => new ScenarioView(s.Id, s.Name, s.NameEn, s.Description, d.ItemsOf(s).Select(ItemView.Of).ToArray(), s.Citation, s.Provenance)).ToArray(),
        d.Items.Select(ItemView.Of).ToArray(),
        d.Citation,
        d.Provenance);

    /// <summary>A scenario with every item that applies in it.</summary>
    public sealed record ScenarioView(string Id, string Name, string? NameEn, string? Description, IReadOnlyList<ItemView> Items, string Citation, Provenance Provenance);
}
