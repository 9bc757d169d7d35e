namespace Chujing.Web.SpotChecks;

/// <summary>A finding as the API answers it: what, where (filing, leaf, field), how grave, and where its rectification stands.</summary>
public sealed record FindingView(
    string Id,
    string SpotCheck,
    string Filing,
    string Processor,
    long? Leaf,
    string Kind,
    string Severity,
    string? Path,
    string Detail,
    string Basis,
    string Status,
    DateTimeOffset OpenedAt,
    DateOnly Deadline,
    bool DeadlineProvisional,
    int WorkingDaysLeft,
    string? RootCause,
    string? Measures,
    IReadOnlyList<AttachmentBody>? Attachments,
    DateTimeOffset? SubmittedAt,
    string? Note,
    DateTimeOffset? ClosedAt,
    bool Escalated,
    string? RecheckId,
    IReadOnlyList<ConsequenceView> Consequences,
    string? SetAsideBy = null);

/// <summary>What a finding can lead to, and whether a legal text or platform policy grounds it.</summary>
public sealed record ConsequenceView(string Consequence, string Basis, string Grounding);
