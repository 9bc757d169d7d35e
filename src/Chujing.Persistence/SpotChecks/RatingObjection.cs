namespace Chujing.Persistence.SpotChecks;

/// <summary>
/// An enterprise's objection (异议) to a finding's weight in its rating, filed within the objection period and decided
/// by an officer of the zone group within the review period: upheld sets the finding aside (the rating is revised),
/// rejected leaves it.
/// </summary>
public class RatingObjection
{
    /// <summary>Public id, <c>RO-&lt;year&gt;-&lt;4 digits&gt;</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public int ProcessorId { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    /// <summary>The finding objected to.</summary>
    public string FindingId { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    public DateTimeOffset FiledAt { get; set; }

    /// <summary>The day the finding was notified, from which the objection period ran.</summary>
    public DateOnly NotifiedOn { get; set; }

    /// <summary>The last day of the objection period.</summary>
    public DateOnly ObjectionDeadline { get; set; }

    /// <summary>The last day by which the zone group decides.</summary>
    public DateOnly ReviewDeadline { get; set; }

    /// <summary><c>pending</c>, <c>upheld</c> or <c>rejected</c>.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>Class and score when filed, e.g. <c>C 55</c>.</summary>
    public string RatingWhenFiled { get; set; } = string.Empty;

    /// <summary>Class and score right after the decision.</summary>
    public string? RatingAfterDecision { get; set; }

    public string? DecisionNote { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public int Version { get; set; }
}
