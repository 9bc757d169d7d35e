using System.Globalization;
using System.Security.Claims;
using Chujing.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Chujing.Web.Access;

/// <summary>Puts the user's tenant into the cookie so that no request needs a database round trip to scope a query.</summary>
internal sealed class PlatformClaimsFactory(
    UserManager<PlatformUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlatformUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(PlatformClaims.DisplayName, user.DisplayName));
        if (user.ProcessorId is { } processor)
        {
            identity.AddClaim(new Claim(PlatformClaims.Processor, processor.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.ZoneGroupId is { } zone)
        {
            identity.AddClaim(new Claim(PlatformClaims.ZoneGroup, zone));
        }

        if (user.Administrator)
        {
            identity.AddClaim(new Claim(PlatformClaims.Administrator, PlatformClaims.Yes));
        }

        if (user.Regulator is { } regulator)
        {
            identity.AddClaim(new Claim(PlatformClaims.Regulator, regulator));
        }

        return identity;
    }
}
