namespace Chujing.Web.Audit;

/// <summary>One property that an audited change altered: its name and its value before and after, as plain text.</summary>
public sealed record AuditChange(string Property, string? Before, string? After);
