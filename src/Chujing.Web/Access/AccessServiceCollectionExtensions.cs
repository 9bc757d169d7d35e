using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Chujing.Web.Access;

/// <summary>Identity (accounts, lockout, the session cookie) and the permission policies.</summary>
public static class AccessServiceCollectionExtensions
{
    /// <summary>The database and the clock.</summary>
    public static IServiceCollection AddPlatformCore(this IServiceCollection services, PlatformOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(options.Time);
        services.AddChujingPersistence(options.Database);

        // Session cookies stay valid across restarts and on every node of the same database: the keys that protect
        // them live in the database.
        services.AddDataProtection()
            .SetApplicationName("chujing")
            .PersistKeysToDbContext<ChujingDbContext>();

        // Stored encrypted under the operator's key-encryption key when one is supplied (outside the database).
        if (options.KeyEncryption is { } encryption)
        {
            services.Configure<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o => o.XmlEncryptor = new KeyEncryptionXmlEncryptor(encryption));
        }

        return services;
    }

    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, PlatformOptions options)
    {
        services.AddSingleton(new SessionCache(options.SessionTime, options.SessionRevocationBound));
        services.AddHostedService<SessionRevocationFeed>();
        services
            .AddIdentity<PlatformUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.ClaimsIdentity.EmailClaimType = System.Security.Claims.ClaimTypes.Email;
            })
            .AddEntityFrameworkStores<ChujingDbContext>()
            .AddClaimsPrincipalFactory<PlatformClaimsFactory>()
            .AddUserManager<PlatformUserManager>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "chujing.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);

            // The API answers with status codes (401 anonymous, 403 not permitted); pages send an anonymous visitor to
            // the sign-in page, but a signed-in account without the permission gets 403 where it asked (a browser the
            // error page in the layout, through the status-code pages), never a redirect that a client may take for success.
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };

            // Every request checks the cookie against its account (stamp, lockout, roles, tenant): signing out rotates
            // the stamp, so a replayed cookie of an ended session is 401 on the next request, not when it expires.
            // The check answers from memory between changes (see SessionValidator), not from the database.
            o.Events.OnValidatePrincipal = SessionValidator.ValidatePrincipalAsync;
        });
        return services;
    }

    public static IServiceCollection AddPlatformAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        var authorization = services.AddAuthorizationBuilder();
        foreach (var permission in Permissions.All)
        {
            authorization.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
        }

        return services;
    }

    /// <summary>
    /// Ends the caller's session server-side: rotates the account's security stamp (so every cookie issued to it
    /// stops validating) and clears the cookie. Shared by the API and the sign-out page.
    /// </summary>
    public static async Task SignOutEverywhereAsync(SignInManager<PlatformUser> signIn, System.Security.Claims.ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(principal).ConfigureAwait(false) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
    }

    /// <summary>Requires <paramref name="permission"/> on an endpoint or a group.</summary>
    /// <remarks>Documents the answers this brings in the OpenAPI document: 401 without a session, 403 without the permission.</remarks>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(permission)
            .WithMetadata(
                new Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]),
                new Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
