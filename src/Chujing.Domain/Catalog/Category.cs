namespace Chujing.Domain.Catalog;

/// <summary>A category of a category-based catalogue, with its sub-categories.</summary>
public sealed record Category(
    string Id,
    string Name,
    string? NameEn,
    IReadOnlyList<Subcategory> Subcategories,
    string? Citation,
    Provenance? Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
