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
        services.AddSingleton(sp => new Consistency.PlatformConsistency(sp.GetService<Editions.PlatformCatalogs>() is { } catalogs ? catalogs.InForce : null, sp.GetRequiredService<TimeProvider>()));

        services.AddScoped<ExportRecordQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        // The body is read here rather than bound, so that the OpenAPI document shows the array of events it takes;
        // JSON that cannot be parsed is a 400 through the problem handler.
        app.MapPost("/api/evidence", async (HttpRequest request, EvidenceService service, FilingService filings, ChujingDbContext db, ILogger<EvidenceService> logger, HttpContext http, CancellationToken ct) =>
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct).ConfigureAwait(false);
                var caller = Caller.From(http.User);
                var receipt = await service.AppendAsync(caller, body.RootElement, ct).ConfigureAwait(false);
                await ReassessAsync(filings, db, logger, caller.ProcessorId, ct).ConfigureAwait(false);
                return receipt;
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

    /// <summary>After an append: decides the processor's filings again on the year's new counts (the API and the upload page alike).</summary>
    internal static async Task ReassessAsync(FilingService filings, ChujingDbContext db, ILogger logger, int? processorId, CancellationToken ct)
    {
        // The year's counts are an input of the processor's decisions: decide its filings again. The events
        // are committed by now, so the receipt is the answer whatever happens here: the reassessment runs
        // again on fresh rows when another request changed the same filings (FilingService.ReassessAsync), and
        // should that keep losing, the other request's reassessment already saw these counts or the next
        // append's will.
        try
        {
            await filings.ReassessAsync(processorId, ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            logger.ReassessmentConflict(e, processorId);
        }
    }
}
