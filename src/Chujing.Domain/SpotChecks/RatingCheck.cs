namespace Chujing.Domain.SpotChecks;

/// <summary>One finished check of a processor: when, and its aggregated outcome (null when clean).</summary>
public sealed record RatingCheck(string Id, DateOnly Finished, FindingSeverity? Outcome);
