using Chujing.Domain.Consistency;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Web.Access;

namespace Chujing.Web.Consistency;

/// <summary><c>POST /api/check</c> (enterprise, or its API token), <c>GET /api/deviations</c> and <c>GET /api/deviations/counts</c> (every role, scoped to its tenant).</summary>
public static class ConsistencyEndpoints
{
    public static IServiceCollection AddPlatformConsistency(this IServiceCollection services)
    {
        services.AddScoped<ConsistencyService>();
        services.AddScoped<DeviationLog>();
        services.AddScoped<DeviationQueries>();
        services.AddScoped<GatewayCheckService>();
        services.AddSingleton<GatewayCheckRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<GatewayCheckRecorder>());
        return services;
    }

    public static IEndpointRouteBuilder MapConsistencyApi(this IEndpointRouteBuilder app)
    {
        // The body is read here rather than bound, as for /api/evidence, so that events keep every property as written.
        app.MapPost("/api/check", async (HttpRequest request, GatewayCheckService service, HttpContext http, CancellationToken ct) =>
            {
                using var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body, cancellationToken: ct).ConfigureAwait(false);
                return await service.CheckAsync(Caller.From(http.User), body.RootElement, ct).ConfigureAwait(false);
            })
            .RequirePermission(Permissions.ExportsCheck)
            .Accepts<IReadOnlyList<Evidence.ExportEventBody>>("application/json")
            .Produces<CheckAnswer>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("consistency");
        var group = app.MapGroup("/api/deviations").WithTags("consistency");
        group.MapGet("/", async (DeviationQueries queries, HttpContext http, int? take, CancellationToken ct) =>
            {
                var filter = DeviationFilter.Parse(name => http.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null);
                return filter.IsSuccess
                    ? Results.Ok(await queries.ListAsync(Caller.From(http.User), filter.Value, take ?? 200, ct).ConfigureAwait(false))
                    : Problems.ProblemMapping.ToHttpResult(filter.Error!);
            })
            .RequirePermission(Permissions.DeviationsRead)
            .Produces<IReadOnlyList<DeviationRowView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/counts", (DeviationQueries queries, HttpContext http, CancellationToken ct) =>
                queries.CountsAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.DeviationsRead);
        return app;
    }
}
