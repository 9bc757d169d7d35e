namespace Chujing.Domain.Catalog;

/// <summary>
/// A concrete data field a list names (字段), with the scanner types that find it (<see cref="Detectors"/>) and
/// column names that mean it (<see cref="Synonyms"/>).
/// </summary>
public sealed record CatalogField(
    string Id,
    string Name,
    string? NameEn,
    bool Sensitive,
    IReadOnlyList<string> Detectors,
    IReadOnlyList<string> Synonyms)
{
    /// <summary>Where the field's name comes from, when it differs from its item's.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
