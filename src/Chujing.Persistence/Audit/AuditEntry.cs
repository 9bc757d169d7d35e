namespace Chujing.Persistence.Audit;

/// <summary>
/// One state change: who, when, what, and the state before and after (JSON). Written in the same transaction as the
/// change. Rows are only ever inserted. Scoped like what they describe (processor, zone group) so officials see
/// their own tenant's history.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string ActorId { get; set; } = string.Empty;

    public string ActorEmail { get; set; } = string.Empty;

    /// <summary>The entity kind, e.g. <c>filing</c>, <c>processor</c>, <c>list-application</c>, <c>evidence</c>.</summary>
    public string Entity { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>What was done, e.g. <c>create</c>, <c>amend</c>, <c>approve</c>.</summary>
    public string Action { get; set; } = string.Empty;

    public int? ProcessorId { get; set; }

    public string? ZoneGroupId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
