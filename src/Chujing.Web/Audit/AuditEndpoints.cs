using Chujing.Domain.Diagnostics;
using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Audit;

/// <summary>
/// <c>GET /api/audit</c>: the audit log of the caller's tenant, newest first (officials only). An <c>entity</c> that
/// is not a kind the log records is a 400 problem naming the parameter, never an empty answer.
/// </summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (ChujingDbContext db, HttpContext http, string? entity, string? entityId, int? take, CancellationToken ct) =>
                AuditLabels.CheckEntity(string.IsNullOrWhiteSpace(entity) ? null : entity) is { } problem
                    ? ProblemMapping.ToHttpResult(new InvalidError([problem]))
                    : Results.Ok(await QueryAsync(db, Caller.From(http.User), string.IsNullOrWhiteSpace(entity) ? null : entity, entityId, take ?? 200, ct).ConfigureAwait(false)))
            .RequirePermission(Permissions.AuditRead)
            .Produces<IReadOnlyList<AuditEntryView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithTags("audit");
        return app;
    }

    /// <summary>Entries visible to <paramref name="caller"/>, optionally for one entity, newest first.</summary>
    public static async Task<IReadOnlyList<AuditEntryView>> QueryAsync(ChujingDbContext db, Caller caller, string? entity, string? entityId, int take, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking().VisibleTo(caller, db.Filings);
        if (entity is not null)
        {
            query = query.Where(a => a.Entity == entity);
        }

        if (entityId is not null)
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        return await query
            .OrderByDescending(a => a.Id)
            .Take(Math.Clamp(take, 1, 1000))
            .Select(a => new AuditEntryView(a.Id, a.At, a.ActorEmail, a.Entity, a.EntityId, a.Action, a.ZoneGroupId, a.Before, a.After))
            .ToListAsync(ct)
            .ConfigureAwait(false);
    }
}
