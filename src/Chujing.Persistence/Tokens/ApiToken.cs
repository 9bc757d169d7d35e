namespace Chujing.Persistence.Tokens;

/// <summary>
/// A machine client's credential, acting for one processor within <see cref="Scopes"/>. Only the SHA-256 of the
/// token is stored; the token itself is shown once, when it is made. Revoked tokens stay, for the audit trail.
/// </summary>
public class ApiToken
{
    public int Id { get; set; }

    public int ProcessorId { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    /// <summary>What the enterprise calls it (e.g. 出境网关).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-case hex of SHA-256 over the token's UTF-8 bytes.</summary>
    public string TokenHash { get; set; } = string.Empty;

    /// <summary>The first characters of the token, to tell tokens apart on the page.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>The permissions it carries (a subset of the check, evidence and filing-read permissions).</summary>
    public List<string> Scopes { get; set; } = [];

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
