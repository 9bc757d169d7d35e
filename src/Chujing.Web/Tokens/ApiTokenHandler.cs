using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.Web.Access;
using Chujing.Web.Access.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chujing.Web.Tokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c>: the token's SHA-256 must name a token that is not
/// revoked; the caller then acts for the token's processor as an enterprise user limited to the token's scopes
/// (<see cref="PlatformClaims"/>). An unknown or revoked token is a 401. Between changes the token is found in the
/// session cache by its hash, not in the database; revoking it drops it there on every node within the session
/// revocation bound. The last use is recorded at most once a minute, so a busy gateway does not turn every check into
/// a write.
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

        var hash = ApiTokens.Hash(token);
        var cache = Context.RequestServices.GetRequiredService<SessionCache>();
        var snapshot = cache.Get<TokenSnapshot>(ApiTokens.CacheKey(hash), out var ticket);
        var db = (ChujingDbContext?)null;
        var loaded = snapshot is null;
        if (snapshot is null)
        {
            db = Context.RequestServices.GetRequiredService<ChujingDbContext>();
            var row = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted).ConfigureAwait(false);
            if (row is null || row.RevokedAt is not null)
            {
                return AuthenticateResult.Fail("the API token is unknown or revoked");
            }

            snapshot = new TokenSnapshot(row.Id, row.Name, row.ProcessorId, row.Scopes, row.LastUsedAt);
        }

        var now = time.GetUtcNow();
        if (snapshot.LastUsedAt is not { } last || now - last >= UseResolution)
        {
            db ??= Context.RequestServices.GetRequiredService<ChujingDbContext>();
            var tokenId = snapshot.Id;
            await db.ApiTokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted).ConfigureAwait(false);
            snapshot = snapshot with { LastUsedAt = now };
            cache.Put(ticket, snapshot);
        }
        else if (loaded)
        {
            cache.Put(ticket, snapshot);
        }

        var id = snapshot.Id.ToString(CultureInfo.InvariantCulture);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "token:" + id),
            new(ClaimTypes.Name, "token:" + snapshot.Name),
            new(ClaimTypes.Email, "token:" + id + " (" + snapshot.Name + ")"),
            new(ClaimTypes.Role, PlatformRoles.Enterprise),
            new(PlatformClaims.Processor, snapshot.ProcessorId.ToString(CultureInfo.InvariantCulture)),
            new(PlatformClaims.DisplayName, snapshot.Name),
            new(ApiTokens.TokenClaim, id),
        };
        claims.AddRange(snapshot.Scopes.Select(s => new Claim(ApiTokens.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        // A token was presented and refused: say so, rather than "sign in first", to the gateway's operator.
        if (Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && Context.RequestServices.GetService<Microsoft.AspNetCore.Http.IProblemDetailsService>() is { } problems)
        {
            var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "访问令牌无效 · Token refused",
                Detail = "访问令牌无效、已撤销或已过期：请在“访问令牌”页（/Account/Tokens）创建新令牌。 · The access token is not valid, was revoked or has expired: make a new one on /Account/Tokens.",
            };
            Problems.ProblemText.Complete(problem);
            await problems.TryWriteAsync(new Microsoft.AspNetCore.Http.ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem }).ConfigureAwait(false);
        }
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
