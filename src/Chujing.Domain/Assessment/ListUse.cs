namespace Chujing.Domain.Assessment;

/// <summary>Whether the free-trade-zone list named by the activity was applied, and if not, why.</summary>
public sealed record ListUse(string Edition, bool Applied, string? Reason)
{
    /// <summary>Why not, in Chinese.</summary>
    public string? ReasonZh { get; init; }
}
