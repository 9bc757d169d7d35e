namespace Chujing.Web.Consistency;

/// <summary>One event's answer at the gateway: allowed unless a deviation is serious or major, and why.</summary>
public sealed record CheckResult(int Event, bool Allowed, IReadOnlyList<DeviationView> Deviations);
