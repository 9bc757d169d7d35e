using System.Text.Json;
using Chujing.Web.Access;

namespace Chujing.Web.Evidence;

/// <summary><c>POST /api/evidence</c> (enterprise) and <c>GET /api/counters</c> (every role, scoped).</summary>
public static class EvidenceEndpoints
{
    public static IServiceCollection AddPlatformEvidence(this IServiceCollection services, PlatformOptions options)
    {
        services.AddSingleton<IEvidenceLedger>(sp => new ProcessorLedgers(options, sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<EvidenceService>();
        services.AddSingleton(sp => new IngestionGates(sp.GetRequiredService<Chujing.Persistence.DatabaseLocation>()));
        services.AddScoped<CounterService>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/evidence", (JsonElement body, EvidenceService service, HttpContext http, CancellationToken ct) =>
                service.AppendAsync(Caller.From(http.User), body, ct))
            .RequirePermission(Permissions.EvidenceAppend)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("evidence");
        app.MapGet("/api/counters", (CounterService service, HttpContext http, CancellationToken ct) =>
                service.ForAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.CountersRead)
            .WithTags("evidence");
        return app;
    }
}
