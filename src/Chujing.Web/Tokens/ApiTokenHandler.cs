using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chujing.Web.Tokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c>: the token's SHA-256 must name a token that is not
/// revoked; the caller then acts for the token's processor as an enterprise user limited to the token's scopes
/// (<see cref="PlatformClaims"/>). An unknown or revoked token is a 401. The last use is recorded at most once a
/// minute, so a busy gateway does not turn every check into a write.
/// </summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>How stale the recorded last use may get.</summary>
    private static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokens.BearerOf(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        var db = Context.RequestServices.GetRequiredService<ChujingDbContext>();
        var hash = ApiTokens.Hash(token);
        var row = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted).ConfigureAwait(false);
        if (row is null || row.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("the API token is unknown or revoked");
        }

        var now = time.GetUtcNow();
        if (row.LastUsedAt is not { } last || now - last >= UseResolution)
        {
            await db.ApiTokens.Where(t => t.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted).ConfigureAwait(false);
        }

        var id = row.Id.ToString(CultureInfo.InvariantCulture);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "token:" + id),
            new(ClaimTypes.Name, "token:" + row.Name),
            new(ClaimTypes.Email, "token:" + id + " (" + row.Name + ")"),
            new(ClaimTypes.Role, PlatformRoles.Enterprise),
            new(PlatformClaims.Processor, row.ProcessorId.ToString(CultureInfo.InvariantCulture)),
            new(PlatformClaims.DisplayName, row.Name),
            new(ApiTokens.TokenClaim, id),
        };
        claims.AddRange(row.Scopes.Select(s => new Claim(ApiTokens.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
