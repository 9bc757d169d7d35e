namespace Chujing.Domain.Catalog;

/// <summary>
/// A condition under which a list item does not require its pathway (e.g. OTA data filed with MIIT whose update
/// packages cannot be tampered with). An activity claims it by id; <see cref="Effect"/> is then the item's pathway.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A list item's exception (例外情形), the regulatory term; not a System.Exception.")]
public sealed record ItemException(string Id, string Text, string? TextEn, Pathway Effect, string Citation, Provenance Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
