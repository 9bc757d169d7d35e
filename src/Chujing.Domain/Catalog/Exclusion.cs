namespace Chujing.Domain.Catalog;

/// <summary>Processors a domain's part of a list does not serve (e.g. autonomous-driving firms for automotive).</summary>
public sealed record Exclusion(string Id, string Text, string? TextEn, string Citation, Provenance Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
