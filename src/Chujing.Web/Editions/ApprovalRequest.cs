namespace Chujing.Web.Editions;

/// <summary><c>POST …/approvals</c>: <c>provincial-approval</c> or <c>national-filing</c>, who, which document, when.</summary>
public sealed record ApprovalRequest(string? Kind, string? Authority, string? DocumentNumber, DateOnly? Date);
