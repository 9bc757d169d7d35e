namespace Chujing.Domain.Catalog;

/// <summary>
/// A person count a source reports for a list item (e.g. the expert commentary's 50,000 for clinical trials) whose
/// counter, bound or pathway is not confirmed. Catalog readers see it; the engine never applies it.
/// </summary>
public sealed record ReportedThreshold(long Persons, string? Quote, string Citation, Provenance Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
