using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Lists;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Audit;

/// <summary>
/// <c>GET /api/audit</c>: the audit log of the caller's tenant, newest first (officials; an enterprise only
/// <c>entity=api-token</c>, its own tokens), filtered as the audit
/// page and its export are (<see cref="ListQuery"/>: <c>q</c>, <c>entity</c>, <c>entityId</c>, <c>processor</c>,
/// <c>zone</c>, <c>from</c>, <c>to</c>), at most <c>take</c> entries (default 200, 1–<see cref="MaxTake"/>). A bad
/// filter (an <c>entity</c> that is not a kind the log records, a malformed date…) is a problem naming the parameter,
/// never an empty answer.
/// </summary>
public static class AuditEndpoints
{
    /// <summary>The most entries one answer holds.</summary>
    public const int MaxTake = 1000;

    /// <summary>The entries an answer holds when <c>take</c> is not given.</summary>
    public const int DefaultTake = 200;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (AuditService audit, HttpContext http, IAuthorizationService authorization, int? take, CancellationToken ct) =>
            {
                // An enterprise reads the log of its own API tokens (made, revoked), nothing else of it.
                var official = (await authorization.AuthorizeAsync(http.User, Permissions.AuditRead).ConfigureAwait(false)).Succeeded;
                var tokens = !official && (await authorization.AuthorizeAsync(http.User, Permissions.TokensManage).ConfigureAwait(false)).Succeeded;
                if (!official && !tokens)
                {
                    return TokensOnly();
                }

                var filter = ListEndpoints.Filter(http);
                if (!filter.IsSuccess)
                {
                    return ProblemMapping.ToHttpResult(filter.Error!);
                }

                if (!official && filter.Value.Entity != Tokens.TokenService.Entity)
                {
                    return TokensOnly();
                }

                return Results.Ok(await audit.Search(Caller.From(http.User), filter.Value).Take(Math.Clamp(take ?? DefaultTake, 1, MaxTake)).ToListAsync(ct).ConfigureAwait(false));
            })
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces<IReadOnlyList<AuditEntryView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithListFilters(ListOpenApi.Audit)
            .WithDescription("The audit log of the caller's tenant (its zone group, or the whole city), newest first; entries about a filing never submitted are left out. "
                + "An enterprise reads only entity=api-token: the creation and revocation of its own API tokens (any other entity is 403). "
                + "Filtered as the audit page and its export: q, entity, entityId, processor, zone, from, to (see docs/lists.md). "
                + "take: at most this many entries, default 200, 1 to 1000 (clamped). A bad filter is a problem keyed by its parameter (400 malformed, 422 unknown value or too long).")
            .WithTags("audit");
        return app;
    }

    private static IResult TokensOnly() =>
        ProblemMapping.ToHttpResult(new Domain.Diagnostics.ForbiddenError("the audit log is for officials; an enterprise reads that of its own API tokens (entity=api-token)"));

    /// <summary>Entries visible to <paramref name="caller"/>, optionally for one entity, newest first (the audit search with these two filters).</summary>
    public static async Task<IReadOnlyList<AuditEntryView>> QueryAsync(ChujingDbContext db, Caller caller, string? entity, string? entityId, int take, CancellationToken ct) =>
        await new AuditService(db).Search(caller, new ListQuery(Entity: entity, EntityId: entityId))
            .Take(Math.Clamp(take, 1, MaxTake))
            .ToListAsync(ct)
            .ConfigureAwait(false);
}
