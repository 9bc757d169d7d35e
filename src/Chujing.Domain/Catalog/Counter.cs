namespace Chujing.Domain.Catalog;

/// <summary>
/// The two person counters of the 2024 Provisions, each counting distinct persons since 1 January of the current year.
/// </summary>
public enum Counter
{
    /// <summary>个人信息（不含敏感个人信息）: persons whose non-sensitive personal information was sent.</summary>
    Personal,

    /// <summary>敏感个人信息: persons whose sensitive personal information was sent.</summary>
    Sensitive,
}
