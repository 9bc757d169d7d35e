using System.Globalization;
using System.Security.Claims;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// What a session cookie must still agree with for its account: the security stamp, the lockout, the roles and the
/// tenant. Loaded from the database once per account and change, then held in <see cref="SessionCache"/>.
/// </summary>
public sealed record SessionSnapshot
{
    public SessionSnapshot(string userId, string? securityStamp, bool lockoutEnabled, DateTimeOffset? lockoutEnd, IEnumerable<string> roles, int? processorId, string? zoneGroupId, string? regulator, string displayName, bool administrator = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(roles);
        UserId = userId;
        SecurityStamp = securityStamp;
        LockoutEnabled = lockoutEnabled;
        LockoutEnd = lockoutEnd;
        Roles = [.. roles.Order(StringComparer.Ordinal)];
        ProcessorId = processorId?.ToString(CultureInfo.InvariantCulture);
        ZoneGroupId = zoneGroupId;
        Regulator = regulator;
        DisplayName = displayName ?? string.Empty;
        Administrator = administrator;
    }

    /// <summary>An enterprise user who administers the processor's accounts: the cookie must say so exactly when the account does.</summary>
    public bool Administrator { get; }

    public string UserId { get; }

    public string? SecurityStamp { get; }

    public bool LockoutEnabled { get; }

    public DateTimeOffset? LockoutEnd { get; }

    /// <summary>Role names, ordinal order.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The processor id as the cookie's claim spells it.</summary>
    public string? ProcessorId { get; }

    public string? ZoneGroupId { get; }

    public string? Regulator { get; }

    public string DisplayName { get; }

    /// <summary>How a cookie's <paramref name="principal"/> stands against the account as it is now.</summary>
    public SessionVerdict Judge(ClaimsPrincipal principal, DateTimeOffset now, string securityStampClaimType)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!string.Equals(principal.FindFirstValue(securityStampClaimType), SecurityStamp, StringComparison.Ordinal)
            || (LockoutEnabled && LockoutEnd is { } end && end > now)
            || !string.Equals(principal.FindFirstValue(PlatformClaims.Processor), ProcessorId, StringComparison.Ordinal)
            || !string.Equals(principal.FindFirstValue(PlatformClaims.ZoneGroup), ZoneGroupId, StringComparison.Ordinal)
            || !string.Equals(principal.FindFirstValue(PlatformClaims.Regulator), Regulator, StringComparison.Ordinal)
            || principal.HasClaim(PlatformClaims.Administrator, PlatformClaims.Yes) != Administrator
            || !principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).SequenceEqual(Roles, StringComparer.Ordinal))
        {
            return SessionVerdict.Refused;
        }

        return string.Equals(principal.FindFirstValue(PlatformClaims.DisplayName) ?? string.Empty, DisplayName, StringComparison.Ordinal)
            ? SessionVerdict.Valid
            : SessionVerdict.Outdated;
    }
}
