namespace Chujing.Domain.Catalog;

/// <summary>A sector of a scenario-based list (领域), e.g. 汽车.</summary>
public sealed record CatalogDomain(
    string Id,
    string Name,
    string? NameEn,
    IReadOnlyList<Exclusion> Exclusions,
    IReadOnlyList<Scenario> Scenarios,
    string? Citation,
    Provenance? Provenance)
{
    /// <summary>Items written at domain level (see <see cref="ListItem.Scope"/>).</summary>
    public IReadOnlyList<ListItem> Items { get; init; } = [];

    /// <summary>The items that belong to <paramref name="scenario"/>: its own, and the domain-level items in scope.</summary>
    public IEnumerable<ListItem> ItemsOf(Scenario scenario) => scenario.Items.Concat(Items.Where(i =>
        i.Scope != ScenarioScope.Listed || i.ScenarioIds.Contains(scenario.Id, StringComparer.Ordinal)));

    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
