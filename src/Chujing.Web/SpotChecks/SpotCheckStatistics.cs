namespace Chujing.Web.SpotChecks;

/// <summary>What the spot-check page charts, over what the caller may see (an officer: the zone group; the city: all).</summary>
/// <param name="DrawnByZoneGroup">Filings drawn, per zone group id.</param>
/// <param name="DrawnByRiskClass">Filings drawn, per risk class.</param>
/// <param name="FindingsBySeverity">Findings, per severity code.</param>
/// <param name="Drawn">Filings drawn in all.</param>
/// <param name="MedianRectificationDays">Median days from a finding's opening to its closing, over closed findings (0 when none).</param>
public sealed record SpotCheckStatistics(
    IReadOnlyList<KeyValuePair<string, long>> DrawnByZoneGroup,
    IReadOnlyList<KeyValuePair<string, long>> DrawnByRiskClass,
    IReadOnlyList<KeyValuePair<string, long>> FindingsBySeverity,
    long Drawn,
    long MedianRectificationDays);
