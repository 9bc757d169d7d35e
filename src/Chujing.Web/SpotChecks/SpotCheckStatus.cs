namespace Chujing.Web.SpotChecks;

/// <summary>The spellings of a check's and a finding's statuses (CONTRACTS.md).</summary>
public static class SpotCheckStatus
{
    public const string Planned = "planned";
    public const string Drawn = "drawn";
    public const string Finished = "finished";

    public const string Open = "open";
    public const string RectificationSubmitted = "rectification-submitted";
    public const string RecheckPending = "recheck-pending";
    public const string Closed = "closed";
    public const string Escalated = "escalated";
}
