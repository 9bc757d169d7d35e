namespace Chujing.Persistence.SpotChecks;

/// <summary>
/// One finding of a spot check, citing the filing, the ledger leaf and the kind, with its rectification: the
/// enterprise's root cause, measures and attachments, the officer's decisions, the deadline in working days.
/// </summary>
public class SpotCheckFinding
{
    /// <summary>Public id, <c>FD-&lt;year&gt;-&lt;5 digits&gt;</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public string SpotCheckId { get; set; } = string.Empty;

    public string FilingId { get; set; } = string.Empty;

    public int ProcessorId { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    /// <summary>The ledger leaf; null for a finding about the whole ledger (a rewritten history).</summary>
    public long? Leaf { get; set; }

    public string Kind { get; set; } = string.Empty;

    /// <summary><c>serious</c>, <c>major</c> or <c>general</c>.</summary>
    public string Severity { get; set; } = string.Empty;

    /// <summary>The event field or filing field concerned.</summary>
    public string? Path { get; set; }

    public string Detail { get; set; } = string.Empty;

    /// <summary>JSON array of <c>{"rule", "citation"}</c>, or a platform-policy statement.</summary>
    public string Basis { get; set; } = string.Empty;

    /// <summary><c>open</c>, <c>rectification-submitted</c>, <c>recheck-pending</c>, <c>closed</c> or <c>escalated</c>.</summary>
    public string Status { get; set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The last day of the rectification period (working days, Beijing calendar).</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>True when the deadline crossed a year whose holidays are not yet published.</summary>
    public bool DeadlineProvisional { get; set; }

    public string? RootCause { get; set; }

    public string? Measures { get; set; }

    /// <summary>JSON array of <c>{"name", "sha256", "bytes"}</c>.</summary>
    public string? AttachmentsJson { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The last officer's note.</summary>
    public string? Note { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public bool Escalated { get; set; }

    /// <summary>The re-check drawn to close it, when it is serious.</summary>
    public string? RecheckId { get; set; }

    /// <summary>The upheld objection that set it aside from the rating; null while it counts.</summary>
    public string? SetAsideBy { get; set; }

    public int Version { get; set; }
}
