namespace Chujing.Domain.Assessment;

/// <summary>Whether the free-trade-zone list named by the activity was applied, and if not, why.</summary>
public sealed record ListUse(string Edition, bool Applied, string? Reason);
