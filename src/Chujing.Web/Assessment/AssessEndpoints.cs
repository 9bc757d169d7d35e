using System.Text.Json;
using Chujing.Catalog.Yaml;
using Chujing.Domain.Serialization;
using Chujing.Web.Access;
using Chujing.Web.Problems;

namespace Chujing.Web.Assessment;

/// <summary><c>POST /api/assess</c>: the activity JSON of <c>chujing assess</c> in, the same result out.</summary>
public static class AssessEndpoints
{
    /// <summary>
    /// Loads the shipped catalogs (and <see cref="PlatformOptions.CatalogDirectories"/>) once; bad catalogs stop the
    /// start with every diagnostic. Without a catalogs folder beside the program, assessment is unavailable (503).
    /// </summary>
    public static IServiceCollection AddPlatformAssessment(this IServiceCollection services, PlatformOptions options)
    {
        if (!Directory.Exists(CatalogLoader.ShippedDirectory) && options.CatalogDirectories.Count == 0)
        {
            services.AddSingleton(sp => new Assessor((Chujing.Domain.Catalog.CatalogSet?)null, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton(new CatalogNames(null));
            services.AddSingleton(new ListZones(null, options.Zone));
            return services;
        }

        // As in the CLI: a user catalog with a shipped edition's id (e.g. the official text of a list) replaces it.
        var catalogs = (Directory.Exists(CatalogLoader.ShippedDirectory)
            ? CatalogLoader.LoadShippedAnd(options.CatalogDirectories)
            : CatalogLoader.LoadDirectories(options.CatalogDirectories)).ValueOrThrow();
        services.AddSingleton(catalogs);
        services.AddSingleton(sp => new CatalogNames(catalogs, sp.GetRequiredService<Editions.PlatformCatalogs>()));
        services.AddSingleton(sp => new ListZones(catalogs, options.Zone, sp.GetRequiredService<Editions.PlatformCatalogs>()));
        services.AddSingleton(new Editions.PlatformCatalogs(catalogs));
        services.AddSingleton<Access.Sessions.IChangeSubscriber>(sp => sp.GetRequiredService<Editions.PlatformCatalogs>());
        services.AddSingleton(sp => new Assessor(sp.GetRequiredService<Editions.PlatformCatalogs>().InForce, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static IEndpointRouteBuilder MapAssessApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/assess", async (HttpRequest request, Assessor assessor, CancellationToken ct) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct).ConfigureAwait(false);
                // ?asOf=YYYY-MM-DD, ?minConfidence=…, ?compare=true: as chujing assess --as-of, --min-confidence, --compare.
                string? asOf = request.Query["asOf"], minConfidence = request.Query["minConfidence"], compare = request.Query["compare"];
                var decision = asOf is null && minConfidence is null && compare is null
                    ? assessor.Assess(body.GetBuffer().AsMemory(0, (int)body.Length), "body")
                    : assessor.Assess(body.GetBuffer().AsMemory(0, (int)body.Length), "body", asOf, minConfidence, compare is "true" or "1" or "");

                // The one place the platform writes a decision as JSON for a client: as `chujing assess --json` does.
                return decision.ToHttpResult(d => Results.Text(JsonSerializer.Serialize(d, JsonConventions.Indented), "application/json", System.Text.Encoding.UTF8));
            })
            .RequirePermission(Permissions.Assess)
            // The body is read by the engine's own strict reader; these types give the document its schemas.
            .Accepts<ActivityDocument>("application/json")
            .Produces<Chujing.Domain.Assessment.Decision>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("assessment");
        return app;
    }
}
