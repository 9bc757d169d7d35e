namespace Chujing.Domain.Catalog;

/// <summary>A duty a list places beside the pathway (e.g. applying to and filing with the zone group).</summary>
public sealed record ListDuty(string Id, string Text, string? TextEn, string Explanation, string Citation, Provenance Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
