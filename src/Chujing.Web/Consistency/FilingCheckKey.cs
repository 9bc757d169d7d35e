namespace Chujing.Web.Consistency;

/// <summary>
/// What a compiled filing check depends on: the filing at one version, and the processor's profile
/// (<see cref="ListApproved"/>: approved to use the filing's own list edition).
/// </summary>
public sealed record FilingCheckKey(string FilingId, int Version, bool Ciio, bool ListApproved);
