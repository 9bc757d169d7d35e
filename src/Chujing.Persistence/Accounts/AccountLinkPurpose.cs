namespace Chujing.Persistence.Accounts;

/// <summary>What an <see cref="AccountLink"/> was issued for.</summary>
public static class AccountLinkPurpose
{
    /// <summary>邀请: a new account's first password.</summary>
    public const string Invitation = "invitation";

    /// <summary>重置: a new password for an account, issued by its administrator.</summary>
    public const string Reset = "reset";
}
