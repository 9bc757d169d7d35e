namespace Chujing.Domain.Catalog;

/// <summary>Where an entry comes from: ids of the edition's <see cref="SourceDocument"/>s, and how sure that is.</summary>
public sealed record Provenance(IReadOnlyList<string> Sources, Confidence Confidence)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
