namespace Chujing.Domain.Catalog;

/// <summary>
/// One entry of a scenario-based list: important data, or personal information with person-count bands.
/// </summary>
/// <param name="Pathway">What the list requires of this item; null when no source gives it.</param>
/// <param name="ThresholdsKnown">
/// False when the list has bands for this item that no public source gives; the engine then applies the national
/// bands to it and says so, never an invented number.
/// </param>
public sealed record ListItem(
    string Id,
    ItemKind Kind,
    string Name,
    string? NameEn,
    string? Description,
    Pathway? Pathway,
    IReadOnlyList<Threshold> Thresholds,
    bool ThresholdsKnown,
    IReadOnlyList<CatalogField> Fields,
    IReadOnlyList<ItemException> Exceptions,
    string Citation,
    Provenance Provenance)
{
    /// <summary>A figure a source reports for this item that is not confirmed enough to decide with; shown, never applied.</summary>
    public ReportedThreshold? Reported { get; init; }

    /// <summary>For an item written at domain level: which scenarios of the domain it belongs to.</summary>
    public ScenarioScope? Scope { get; init; }

    /// <summary>With <see cref="ScenarioScope.Listed"/>: the scenario ids.</summary>
    public IReadOnlyList<string> ScenarioIds { get; init; } = [];

    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
