namespace Chujing.Web.Editions;

/// <summary>An approval or filing recorded for a draft (art. 6).</summary>
public sealed record ApprovalView(string Kind, string Authority, string DocumentNumber, DateOnly Date, string RecordedBy, DateTimeOffset RecordedAt);
