using Chujing.Domain.Catalog;

namespace Chujing.Domain.Editions;

/// <summary>
/// What a revised edition changes for one filing: the pathway under the filing's pinned edition and under the
/// revision, its fields that become listed or stop being listed, and the bands its counts fall in that are new or gone.
/// </summary>
/// <param name="After">
/// The pathway under the revision for the processor as approved: when it is approved to use the pinned edition, as if
/// it were approved to use the revision too (the list pathway it gets once its new application is approved).
/// </param>
/// <param name="Problem">Set when the filing cannot be decided under one of the editions (the engine's message).</param>
/// <param name="NeedsApplication">
/// True when the processor is approved to use the pinned edition but not the revision: moving onto the revision needs a
/// new list-use application (负面清单使用申请), because an approval is of one edition.
/// </param>
/// <param name="AfterWithoutApplication">
/// When <paramref name="NeedsApplication"/>: the pathway on moving without that approval, when the list does not apply
/// and the national rules alone decide.
/// </param>
public sealed record FilingImpact(
    string Id,
    string Processor,
    string ZoneGroup,
    Pathway? Before,
    Pathway? After,
    IReadOnlyList<string> NewlyListed,
    IReadOnlyList<string> NoLongerListed,
    IReadOnlyList<string> BandsCrossed,
    IReadOnlyList<string> BandsLeft,
    string? Problem,
    bool NeedsApplication = false,
    Pathway? AfterWithoutApplication = null)
{
    /// <summary>True when the revision makes the filing's pathway stricter.</summary>
    public bool Stricter => Before is { } b && After is { } a && a > b;
}
