using Chujing.Persistence;

namespace Chujing.Web.Health;

/// <summary><c>GET /health</c>: 200 when the service and its database answer, 503 otherwise.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (ChujingDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct).ConfigureAwait(false)
                ? Results.Ok(new { status = "healthy", database = db.Database.ProviderName })
                : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The database does not answer"))
            .AllowAnonymous()
            .WithTags("health");
        return app;
    }
}
