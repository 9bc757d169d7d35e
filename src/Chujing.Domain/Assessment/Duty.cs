namespace Chujing.Domain.Assessment;

/// <summary>A duty that stands beside the pathway (PIPIA, separate consent, zone-group filing, HGR reporting…).</summary>
public sealed record Duty(string Id, string Name, string? NameEn, string Citation);
