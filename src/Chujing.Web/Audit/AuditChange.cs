namespace Chujing.Web.Audit;

/// <summary>One property that an audited change altered: its name and its JSON text before and after.</summary>
public sealed record AuditChange(string Property, string? Before, string? After);
