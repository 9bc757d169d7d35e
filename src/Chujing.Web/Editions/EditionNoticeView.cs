namespace Chujing.Web.Editions;

/// <summary>
/// A notice that a published edition changes what a filing needs (<see cref="MovedAt"/>: when the filing moved onto it).
/// <see cref="NeedsApplication"/>: the processor is approved to use the filing's pinned edition but not yet the new one,
/// so moving needs a new list-use application; <see cref="After"/> is then the pathway with that approval and
/// <see cref="AfterWithoutApplication"/> the pathway without it (the list does not apply; national rules only).
/// </summary>
public sealed record EditionNoticeView(
    long Id,
    string Edition,
    string Filing,
    string ZoneGroup,
    string? Before,
    string? After,
    DateTimeOffset CreatedAt,
    DateTimeOffset? MovedAt,
    bool NeedsApplication = false,
    string? AfterWithoutApplication = null);
