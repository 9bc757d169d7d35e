using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Claims;
using Chujing.Domain.Filings;
using Chujing.Persistence.Accounts;

namespace Chujing.Web.Access;

/// <summary>
/// Who is calling and which tenant they act in: an enterprise user's processor, an officer's zone group, or the city.
/// Built from the cookie's claims; a principal without a consistent tenant is no caller at all.
/// </summary>
public sealed record Caller(string UserId, string Email, string DisplayName, string Role, int? ProcessorId, string? ZoneGroupId, string? Regulator)
{
    /// <summary>The actor this caller is in the filing state machine, or null for the city (read-only on filings).</summary>
    public FilingActor? FilingActor => Role switch
    {
        PlatformRoles.Enterprise => Chujing.Domain.Filings.FilingActor.Processor,
        PlatformRoles.ZoneOfficer => Chujing.Domain.Filings.FilingActor.ZoneOfficer,
        _ => null,
    };

    public bool IsEnterprise => Role == PlatformRoles.Enterprise;

    /// <summary>An enterprise user who administers the processor's accounts.</summary>
    public bool Administrator { get; init; }

    public bool IsOfficer => Role == PlatformRoles.ZoneOfficer;

    public bool IsCity => Role == PlatformRoles.CityRegulator;

    /// <summary>The caller of an authenticated request; throws <see cref="InvalidOperationException"/> when there is none (a programming error: the endpoint lacks a permission).</summary>
    public static Caller From(ClaimsPrincipal user) =>
        TryFrom(user, out var caller) ? caller : throw new InvalidOperationException("The endpoint must require a permission before it reads the caller.");

    /// <summary>Reads the caller; false when the principal is anonymous or its tenant does not match its role.</summary>
    public static bool TryFrom(ClaimsPrincipal user, [NotNullWhen(true)] out Caller? caller)
    {
        caller = null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = user.FindFirstValue(ClaimTypes.Role);
        if (id is null || role is null)
        {
            return false;
        }

        int? processor = int.TryParse(user.FindFirstValue(PlatformClaims.Processor), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        var zone = user.FindFirstValue(PlatformClaims.ZoneGroup);
        var regulator = user.FindFirstValue(PlatformClaims.Regulator);
        var consistent = role switch
        {
            PlatformRoles.Enterprise => processor is not null,
            PlatformRoles.ZoneOfficer => zone is not null,
            PlatformRoles.CityRegulator => regulator is not null,
            _ => false,
        };
        if (!consistent)
        {
            return false;
        }

        caller = new Caller(
            id,
            user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? string.Empty,
            user.FindFirstValue(PlatformClaims.DisplayName) ?? string.Empty,
            role,
            processor,
            zone,
            regulator)
        {
            Administrator = user.HasClaim(PlatformClaims.Administrator, PlatformClaims.Yes),
        };
        return true;
    }
}
