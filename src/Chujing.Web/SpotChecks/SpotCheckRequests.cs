namespace Chujing.Web.SpotChecks;

/// <summary><c>POST /api/spot-checks</c>: the period, the scope (a zone group; none for the city), optional sizes, or the finding to re-check.</summary>
public sealed record PlanRequest(DateOnly? From, DateOnly? To, string? ZoneGroup, long? Filings, long? RecordsPerFiling, string? RecheckOf);

/// <summary>One party's part of the seed (Rivest: each party rolls dice for part of it).</summary>
public sealed record SeedContribution(string? Party, string? Value);

/// <summary><c>POST /api/spot-checks/{id}/draw</c>: the seed, or the parties' contributions whose concatenation is the seed.</summary>
public sealed record DrawRequest(string? Seed, IReadOnlyList<SeedContribution>? Contributions);

/// <summary><c>POST /api/spot-checks/{id}/recusals</c>: the signed-in inspector declares a conflict with a drawn filing.</summary>
public sealed record RecusalRequest(string? Filing);

/// <summary><c>POST /api/findings/{id}/rectification</c>: the enterprise's answer.</summary>
public sealed record RectificationRequest(string? RootCause, string? Measures, IReadOnlyList<AttachmentBody>? Attachments);

/// <summary>An attachment named by the enterprise, identified by its SHA-256 (the file stays with the enterprise).</summary>
public sealed record AttachmentBody(string? Name, string? Sha256, long? Bytes);

/// <summary><c>POST /api/findings/{id}/{accept|reopen|escalate}</c>: the officer's note; an escalation may <c>suspend</c> or <c>revoke</c> the filing.</summary>
public sealed record FindingDecisionRequest(string? Note, string? FilingAction);
