namespace Chujing.Web.Audit;

/// <summary>One audit entry as the API and the audit page show it.</summary>
public sealed record AuditEntryView(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Entity,
    string EntityId,
    string Action,
    string? ZoneGroup,
    string? Before,
    string? After);
