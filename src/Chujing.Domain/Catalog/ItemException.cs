namespace Chujing.Domain.Catalog;

/// <summary>
/// A condition under which a list item does not require its pathway (e.g. OTA data filed with MIIT whose update
/// packages cannot be tampered with). An activity claims it by id; <see cref="Effect"/> is then the item's pathway.
/// </summary>
public sealed record ItemException(string Id, string Text, string? TextEn, Pathway Effect, string Citation, Provenance Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
