using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Chujing.Web.Access;

/// <summary>Succeeds when any role claim of the caller grants the required permission and the caller has a tenant.</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        // An API token acts only within the scopes it was given, whatever its role would grant.
        if (context.User.HasClaim(c => c.Type == Tokens.ApiTokens.TokenClaim) && !context.User.HasClaim(Tokens.ApiTokens.ScopeClaim, requirement.Permission))
        {
            return Task.CompletedTask;
        }

        foreach (var role in context.User.FindAll(ClaimTypes.Role))
        {
            if (RolePermissions.Grants(role.Value, requirement.Permission, context.User.HasClaim(PlatformClaims.Administrator, PlatformClaims.Yes)) && Caller.TryFrom(context.User, out _))
            {
                context.Succeed(requirement);
                break;
            }
        }

        return Task.CompletedTask;
    }
}
