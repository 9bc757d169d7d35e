namespace Chujing.Domain.Catalog;

/// <summary>
/// Who may use a free-trade-zone list: processors of <see cref="Zone"/> that meet <see cref="Eligibility"/>,
/// approved by their zone group when <see cref="RequiresApproval"/>, and never CIIOs when <see cref="CiioExcluded"/>.
/// </summary>
public sealed record Applicability(
    string? Zone,
    string? Eligibility,
    string? EligibilityNote,
    bool CiioExcluded,
    bool RequiresApproval,
    string? Citation,
    Provenance? Provenance)
{
    /// <summary>The zone groups (自贸组团) that receive applications and filings, where sources name them.</summary>
    public IReadOnlyList<string> ZoneGroups { get; init; } = [];

    /// <summary>The zone's Chinese name (北京); an activity may name the zone by id or by this name.</summary>
    public string? ZoneName { get; init; }

    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
