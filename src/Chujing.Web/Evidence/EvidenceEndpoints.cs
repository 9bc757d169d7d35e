using System.Text.Json;
using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Filings;
using Microsoft.EntityFrameworkCore;
using Chujing.Web.Logging;

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
        services.AddSingleton(sp => new Consistency.PlatformConsistency(sp.GetService<Editions.PlatformCatalogs>() is { } catalogs ? catalogs.InForce : null, sp.GetRequiredService<TimeProvider>(), options.Demo));

        services.AddScoped<ExportRecordQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        // The body is read here rather than bound, so that the OpenAPI document shows the array of events it takes;
        // JSON that cannot be parsed is a 400 through the problem handler.
        app.MapPost("/api/evidence", async (HttpRequest request, EvidenceService service, HttpContext http, CancellationToken ct) =>
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct).ConfigureAwait(false);
                return await service.AppendAsync(Caller.From(http.User), body.RootElement, ct).ConfigureAwait(false);
            })
            .RequirePermission(Permissions.EvidenceAppend)
            .Accepts<IReadOnlyList<ExportEventBody>>("application/json")
            .Produces<EvidenceReceipt>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("evidence");
        app.MapGet("/api/counters", (CounterService service, HttpContext http, CancellationToken ct) =>
                service.ForAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.CountersRead)
            .WithTags("evidence");
        app.MapLedgerBundle();
        app.MapLedgerProof();
        return app;
    }
}
