namespace Chujing.Domain.SpotChecks;

/// <summary>
/// One reason of a rating: what it is, the points it moved, its basis (a legal text, or <c>platform-policy</c>), the
/// finding or check it comes from, and what would remove or raise it.
/// </summary>
public sealed record RatingReason(string Code, int Points, string Text, string Basis, string? Finding, string? Check, string Raise);
