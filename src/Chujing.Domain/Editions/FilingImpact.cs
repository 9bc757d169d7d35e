using Chujing.Domain.Catalog;

namespace Chujing.Domain.Editions;

/// <summary>
/// What a revised edition changes for one filing: the pathway under the filing's pinned edition and under the
/// revision, its fields that become listed or stop being listed, and the bands its counts fall in that are new or gone.
/// </summary>
/// <param name="Problem">Set when the filing cannot be decided under one of the editions (the engine's message).</param>
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
    string? Problem)
{
    /// <summary>True when the revision makes the filing's pathway stricter.</summary>
    public bool Stricter => Before is { } b && After is { } a && a > b;
}
