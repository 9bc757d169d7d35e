namespace Chujing.Persistence.Sessions;

/// <summary>
/// One change to an account that may end its sessions (sign-out, lockout, a new password, a changed role or tenant).
/// <see cref="Version"/> comes from <see cref="SessionClock"/> in the same transaction as the change, so versions are
/// gapless and commit in order: every node reads the rows after the last version it applied and drops its cached
/// sessions of those accounts.
/// </summary>
public class SessionRevocation
{
    public long Version { get; set; }

    public string UserId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
