namespace Chujing.Domain.Filings;

/// <summary>When an approved filing lapses.</summary>
public static class FilingExpiry
{
    /// <summary>True when <paramref name="today"/> is after the last valid day and the filing is approved.</summary>
    public static bool IsDue(FilingStatus status, DateOnly validUntil, DateOnly today) =>
        status == FilingStatus.Approved && today > validUntil;
}
