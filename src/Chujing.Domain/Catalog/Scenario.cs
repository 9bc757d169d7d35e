namespace Chujing.Domain.Catalog;

/// <summary>A business scenario (场景) of a list, with its items.</summary>
public sealed record Scenario(
    string Id,
    string Name,
    string? NameEn,
    string? Description,
    IReadOnlyList<ListItem> Items,
    string Citation,
    Provenance Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
