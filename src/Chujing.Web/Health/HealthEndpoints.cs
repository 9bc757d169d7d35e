using Chujing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Health;

/// <summary>
/// <c>GET /health</c>: 200 when the service and its database answer and the database takes writes, 503 otherwise.
/// The body names the database's role — <c>primary</c> or <c>standby</c> on PostgreSQL (a standby in recovery takes
/// no writes, so a node connected to one answers 503 until it reaches the promoted primary), <c>embedded</c> on SQLite —
/// so that a load balancer takes a node out of the pool while there is no primary.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // HEAD too: load balancers and uptime probes often ask with HEAD.
        app.MapMethods("/health", [HttpMethods.Get, HttpMethods.Head], async (ChujingDbContext db, DatabaseLocation database, CancellationToken ct) =>
            await RoleAsync(db, database, ct).ConfigureAwait(false) switch
            {
                null => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "数据库无响应 · The database does not answer", detail: "数据库无响应 · The database does not answer."),
                "standby" => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "暂无主库 · No primary database", detail: "所连数据库为只读备库，暂无主库 · Connected to a read-only standby; there is no primary yet.", extensions: new Dictionary<string, object?> { ["role"] = "standby" }),
                var role => Results.Ok(new { status = "healthy", database = db.Database.ProviderName, role }),
            })
            .AllowAnonymous()
            .WithTags("health");
        return app;
    }

    private static async Task<string?> RoleAsync(ChujingDbContext db, DatabaseLocation database, CancellationToken ct)
    {
        try
        {
            if (database.Provider != DatabaseProvider.Postgres)
            {
                return await db.Database.CanConnectAsync(ct).ConfigureAwait(false) ? "embedded" : null;
            }

            var inRecovery = await db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync(ct).ConfigureAwait(false);
            return inRecovery ? "standby" : "primary";
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return null;
        }
    }
}
