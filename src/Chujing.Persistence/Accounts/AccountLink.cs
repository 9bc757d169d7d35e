namespace Chujing.Persistence.Accounts;

/// <summary>
/// A one-time link that lets a person set the password of an account: an invitation to a new account or a reset
/// issued by an administrator. Only the SHA-256 of the link's token is stored; the token is shown once, to the
/// administrator who issued it. A link is spent when used, and replaced when a newer one is issued.
/// </summary>
public class AccountLink
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary><see cref="AccountLinkPurpose.Invitation"/> or <see cref="AccountLinkPurpose.Reset"/>.</summary>
    public string Purpose { get; set; } = string.Empty;

    /// <summary>Lower-case hex of SHA-256 over the token's UTF-8 bytes.</summary>
    public string TokenHash { get; set; } = string.Empty;

    /// <summary>The account id of the administrator who issued it.</summary>
    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When it was used to set a password, or replaced by a newer link; null while it may still be used.</summary>
    public DateTimeOffset? SpentAt { get; set; }
}
