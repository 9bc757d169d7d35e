using Chujing.Domain.Consistency;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Web.Access;

namespace Chujing.Web.Consistency;

/// <summary><c>GET /api/deviations</c> and <c>GET /api/deviations/counts</c> (every role, scoped to its tenant).</summary>
public static class ConsistencyEndpoints
{
    public static IServiceCollection AddPlatformConsistency(this IServiceCollection services)
    {
        services.AddScoped<ConsistencyService>();
        services.AddScoped<DeviationLog>();
        services.AddScoped<DeviationQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapConsistencyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/deviations").WithTags("consistency");
        group.MapGet("/", (DeviationQueries queries, HttpContext http, string? filing, string? severity, string? processor, int? take, CancellationToken ct) =>
                queries.ListAsync(Caller.From(http.User), filing, ParseSeverity(severity), processor, take ?? 200, ct))
            .RequirePermission(Permissions.DeviationsRead)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/counts", (DeviationQueries queries, HttpContext http, CancellationToken ct) =>
                queries.CountsAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.DeviationsRead);
        return app;
    }

    private static Severity? ParseSeverity(string? severity) =>
        severity is null ? null
        : FilingNames.TryParse<Severity>(severity, out var s) ? s
        : throw new InvalidInputException(Diagnostic.ForField(null, "severity", $"'{severity}' is not a severity", "serious, major or general"));
}
