namespace Chujing.Web.Accounts;

/// <summary>Sizes of the account forms' inputs, as the API document states them.</summary>
public static class AccountLimits
{
    /// <summary>An e-mail address (RFC 5321's path limit).</summary>
    public const int Email = 254;

    /// <summary>The name shown in the UI and the audit log (the column's width).</summary>
    public const int DisplayName = 100;

    /// <summary>A role, zone group or regulator id.</summary>
    public const int Code = 32;

    /// <summary>A password (the platform requires at least 10 characters).</summary>
    public const int Password = 128;

    /// <summary>A link's token, an authenticator code or a recovery code.</summary>
    public const int Token = 128;

    /// <summary>How many accounts one administrator's list shows.</summary>
    public const int Listed = 1000;
}
