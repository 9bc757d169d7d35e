namespace Chujing.Domain.Catalog;

/// <summary>A sub-category of a category-based catalogue (Tianjin family): features and examples.</summary>
public sealed record Subcategory(
    string Id,
    string Name,
    string? NameEn,
    string? Features,
    IReadOnlyList<string> Examples,
    ItemKind Kind,
    Pathway Pathway,
    string Citation,
    Provenance Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
