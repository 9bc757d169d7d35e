namespace Chujing.Domain.SpotChecks;

/// <summary>One finding as the rating model reads it.</summary>
/// <param name="Id">The finding's id.</param>
/// <param name="Kind">Its kind (a deviation kind or one of <see cref="FindingKinds"/>).</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Opened">The day it was notified.</param>
/// <param name="Deadline">The rectification deadline.</param>
/// <param name="Closed">The day it was closed; null while open.</param>
/// <param name="Escalated">True once an officer escalated it.</param>
/// <param name="SetAside">True when an upheld objection set it aside: it no longer counts in the rating.</param>
public sealed record RatingFinding(string Id, string Kind, FindingSeverity Severity, DateOnly Opened, DateOnly Deadline, DateOnly? Closed, bool Escalated, bool SetAside = false)
{
    /// <summary>The kind's name in Chinese, for the reasons a person reads; the kind's code when not given.</summary>
    public string? KindZh { get; init; }

    /// <summary>The kind's name in English, beside the Chinese; the kind's code when not given.</summary>
    public string? KindEn { get; init; }
}
