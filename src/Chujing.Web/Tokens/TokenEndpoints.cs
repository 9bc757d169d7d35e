using Chujing.Web.Access;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Authentication;

namespace Chujing.Web.Tokens;

/// <summary>
/// API tokens for machine clients: <c>POST /api/tokens</c> → 201 with the token (shown once), <c>GET
/// /api/tokens</c>, <c>DELETE /api/tokens/{id}</c> → 204 (enterprise users signed in, for their processor). Requests
/// with <c>Authorization: Bearer</c> are authenticated by <see cref="ApiTokenHandler"/>, others by the session cookie.
/// </summary>
public static class TokenEndpoints
{
    /// <summary>The scheme that picks the token handler or the cookie per request.</summary>
    public const string SelectingScheme = "chujing";

    public static IServiceCollection AddPlatformTokens(this IServiceCollection services)
    {
        services.AddScoped<TokenService>();
        services.AddAuthentication(o =>
            {
                o.DefaultAuthenticateScheme = SelectingScheme;
                o.DefaultChallengeScheme = SelectingScheme;
                o.DefaultForbidScheme = SelectingScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddPolicyScheme(SelectingScheme, null, o => o.ForwardDefaultSelector = http =>
                ApiTokens.BearerOf(http.Request) is not null ? ApiTokenHandler.SchemeName : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
        return services;
    }

    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tokens").WithTags("tokens");
        group.MapGet("/", (TokenService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.TokensManage);
        group.MapPost("/", async (TokenRequest request, TokenService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(Caller.From(http.User), request, ct).ConfigureAwait(false))
                    .ToHttpResult(created => Results.Created($"/api/tokens/{created.Id}", created)))
            .RequirePermission(Permissions.TokensManage)
            .Produces<CreatedToken>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:int}", async (int id, TokenService service, HttpContext http, CancellationToken ct) =>
                (await service.RevokeAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult(_ => Results.NoContent()))
            .RequirePermission(Permissions.TokensManage)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
