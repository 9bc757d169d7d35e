using Chujing.Persistence;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Audit;

/// <summary><c>GET /api/audit</c>: the audit log of the caller's tenant, newest first (officials only).</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", (ChujingDbContext db, HttpContext http, string? entity, string? entityId, int? take, CancellationToken ct) =>
                QueryAsync(db, Caller.From(http.User), entity, entityId, take ?? 200, ct))
            .RequirePermission(Permissions.AuditRead)
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
