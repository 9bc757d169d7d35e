namespace Chujing.Web.Editions;

/// <summary>Size limits of platform editions.</summary>
public static class EditionLimits
{
    /// <summary>The largest edition text kept (the column's size; the shipped Beijing list is about 60 KB).</summary>
    public const int MaxYamlLength = 2_000_000;

    /// <summary>The most audit entries one history page shows.</summary>
    public const int MaxHistory = 1000;

    /// <summary>The most approvals a draft records.</summary>
    public const int MaxApprovals = 20;
}
