namespace Chujing.Web.Editions;

/// <summary>A notice that a published edition changes what a filing needs (<see cref="MovedAt"/>: when the filing moved onto it).</summary>
public sealed record EditionNoticeView(long Id, string Edition, string Filing, string ZoneGroup, string? Before, string? After, DateTimeOffset CreatedAt, DateTimeOffset? MovedAt);
