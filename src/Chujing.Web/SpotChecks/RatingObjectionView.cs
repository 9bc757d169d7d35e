namespace Chujing.Web.SpotChecks;

/// <summary>
/// An objection as the API answers it: what it contests, its two clocks (the enterprise's period, the zone group's
/// review) with what grounds each, where it stands, and the rating before and after the decision.
/// </summary>
public sealed record RatingObjectionView(
    string Id,
    string Processor,
    string Finding,
    string Reason,
    DateTimeOffset FiledAt,
    DateOnly NotifiedOn,
    DateOnly ObjectionDeadline,
    DateOnly ReviewDeadline,
    bool ReviewOverdue,
    string Status,
    string RatingWhenFiled,
    string? RatingAfterDecision,
    string? DecisionNote,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<ConsequenceView> Clocks);
