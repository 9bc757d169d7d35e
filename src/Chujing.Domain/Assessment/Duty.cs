namespace Chujing.Domain.Assessment;

/// <summary>A duty that stands beside the pathway (PIPIA, separate consent, zone-group filing, HGR reporting…).</summary>
public sealed record Duty(string Id, string Name, string? NameEn, string Citation)
{
    /// <summary>Whether it binds this activity; <see cref="DutyStatus.Required"/> unless a legal basis decides.</summary>
    public DutyStatus Status { get; init; } = DutyStatus.Required;

    /// <summary>Why this status, in English; null when the duty simply binds.</summary>
    public string? Reason { get; init; }

    /// <summary>Why this status, in Chinese.</summary>
    public string? ReasonZh { get; init; }
}
