using System.Security.Claims;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// Checks every session cookie against its account: from <see cref="SessionCache"/> between changes, from the
/// database (one query, no principal rebuilt) after a change or while the cache is not current. A cookie whose
/// stamp, lockout, roles or tenant no longer match is refused and cleared.
/// </summary>
internal static class SessionValidator
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal?.FindFirstValue(identity.UserIdClaimType);
        if (principal is null || userId is null)
        {
            await RefuseAsync(context).ConfigureAwait(false);
            return;
        }

        var snapshot = await FindAsync(services, userId, context.HttpContext.RequestAborted).ConfigureAwait(false);
        var verdict = snapshot?.Judge(principal, services.GetRequiredService<TimeProvider>().GetUtcNow(), identity.SecurityStampClaimType) ?? SessionVerdict.Refused;
        switch (verdict)
        {
            case SessionVerdict.Refused:
                await RefuseAsync(context).ConfigureAwait(false);
                break;
            case SessionVerdict.Outdated:
                var signIn = services.GetRequiredService<SignInManager<PlatformUser>>();
                if (await signIn.UserManager.FindByIdAsync(userId).ConfigureAwait(false) is { } user)
                {
                    context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user).ConfigureAwait(false));
                    context.ShouldRenew = true;
                }
                else
                {
                    await RefuseAsync(context).ConfigureAwait(false);
                }

                break;
        }
    }

    /// <summary>The account's snapshot, from memory when the cache may answer, else from the database (then cached).</summary>
    public static async Task<SessionSnapshot?> FindAsync(IServiceProvider services, string userId, CancellationToken cancellationToken)
    {
        var cache = services.GetRequiredService<SessionCache>();
        if (cache.Get(userId, out var ticket) is { } cached)
        {
            return cached;
        }

        var loaded = await LoadAsync(services.GetRequiredService<ChujingDbContext>(), userId, cancellationToken).ConfigureAwait(false);
        if (loaded is not null)
        {
            cache.Put(ticket, loaded);
        }

        return loaded;
    }

    private static async Task<SessionSnapshot?> LoadAsync(ChujingDbContext db, string userId, CancellationToken cancellationToken)
    {
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                u.LockoutEnabled,
                u.LockoutEnd,
                u.ProcessorId,
                u.ZoneGroupId,
                u.Regulator,
                u.DisplayName,
                u.Administrator,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return row is null
            ? null
            : new SessionSnapshot(userId, row.SecurityStamp, row.LockoutEnabled, row.LockoutEnd, row.Roles.OfType<string>(), row.ProcessorId, row.ZoneGroupId, row.Regulator, row.DisplayName, row.Administrator);
    }

    private static async Task RefuseAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
    }
}
