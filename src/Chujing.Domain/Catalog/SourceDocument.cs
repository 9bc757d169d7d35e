namespace Chujing.Domain.Catalog;

/// <summary>A document an edition draws on: the official text, an analysis, a report.</summary>
public sealed record SourceDocument(string Id, string Title, string? Url, DateOnly? Date)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
