namespace Chujing.Web.Filings;

/// <summary>
/// The body of <c>POST /api/filings/{id}/pathway</c>: what the enterprise obtained for an approved filing's pathway —
/// the CAC's security-assessment reference, or the standard-contract filing number (or certificate) — and its date.
/// </summary>
public sealed record PathwayRecordBody(string? Reference, DateOnly? Date);
