namespace Chujing.Persistence.Sessions;

/// <summary>
/// One change to a credential that may end its sessions: an account (sign-out, lockout, a new password, a changed
/// role or tenant) or an API token (revoked).
/// <see cref="Version"/> comes from <see cref="SessionClock"/> in the same transaction as the change, so versions are
/// gapless and commit in order: every node reads the rows after the last version it applied and drops its cached
/// sessions of those accounts.
/// </summary>
public class SessionRevocation
{
    public long Version { get; set; }

    /// <summary>What changed, as the session cache keys it: an account id, or <c>token:</c> and a token's hash.</summary>
    public string Subject { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
