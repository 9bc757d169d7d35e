using Chujing.Web.Access;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// <c>/api/spot-checks</c> (plan, population, draw, recusals, payloads, run), <c>/api/findings</c> (rectification and
/// decisions), <c>/api/processors/{uscc}/rating</c>, and the public results at <c>/public/spot-checks</c>.
/// </summary>
public static class SpotCheckEndpoints
{
    public static IServiceCollection AddPlatformSpotChecks(this IServiceCollection services)
    {
        services.AddScoped<SpotCheckService>();
        services.AddScoped<FindingService>();
        services.AddScoped<RatingService>();
        services.AddScoped<SpotCheckStatisticsService>();
        services.AddScoped<RatingObjectionService>();
        services.AddScoped<PayloadService>();
        services.AddScoped<PublicSpotChecks>();
        services.AddScoped<IRecordConsistency, PlatformRecordConsistency>();
        return services;
    }

    public static IEndpointRouteBuilder MapSpotChecksApi(this IEndpointRouteBuilder app)
    {
        var checks = app.MapGroup("/api/spot-checks").WithTags("spot-checks");
        checks.MapGet("/", (SpotCheckService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.SpotChecksRead);
        checks.MapGet("/{id}", (string id, SpotCheckService service, HttpContext http, CancellationToken ct) => service.GetAsync(Caller.From(http.User), id, ct))
            .RequirePermission(Permissions.SpotChecksRead).ProducesProblem(StatusCodes.Status404NotFound);
        checks.MapPost("/", async (PlanRequest request, SpotCheckService service, HttpContext http, CancellationToken ct) =>
            {
                var view = await service.PlanAsync(Caller.From(http.User), request, ct).ConfigureAwait(false);
                return Results.Created($"/api/spot-checks/{view.Id}", view);
            })
            .RequirePermission(Permissions.SpotChecksManage).Produces<SpotCheckView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        checks.MapGet("/{id}/population", async (string id, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                Results.Text(await service.PopulationAsync(Caller.From(http.User), id, ct).ConfigureAwait(false), "application/json"))
            .RequirePermission(Permissions.SpotChecksManage).ProducesProblem(StatusCodes.Status404NotFound);
        checks.MapPost("/{id}/draw", (string id, DrawRequest request, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                service.DrawAsync(Caller.From(http.User), id, request, ct))
            .RequirePermission(Permissions.SpotChecksManage).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        checks.MapPost("/{id}/recusals", (string id, RecusalRequest request, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                service.RecuseAsync(Caller.From(http.User), id, request, ct))
            .RequirePermission(Permissions.SpotChecksManage).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        checks.MapPost("/{id}/payloads/{leaf:long}", (string id, long leaf, HttpRequest request, PayloadService service, HttpContext http, CancellationToken ct) =>
                service.UploadAsync(Caller.From(http.User), id, leaf, request.Body, ct))
            .RequirePermission(Permissions.SpotChecksProduce).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        checks.MapPost("/{id}/run", (string id, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                service.RunAsync(Caller.From(http.User), id, ct))
            .RequirePermission(Permissions.SpotChecksManage).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var findings = app.MapGroup("/api/findings").WithTags("findings");
        findings.MapGet("/", (string? status, FindingService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), status, ct))
            .RequirePermission(Permissions.FindingsRead);
        findings.MapGet("/{id}", (string id, FindingService service, HttpContext http, CancellationToken ct) => service.GetAsync(Caller.From(http.User), id, ct))
            .RequirePermission(Permissions.FindingsRead).ProducesProblem(StatusCodes.Status404NotFound);
        findings.MapPost("/{id}/rectification", (string id, RectificationRequest request, FindingService service, HttpContext http, CancellationToken ct) =>
                service.RectifyAsync(Caller.From(http.User), id, request, ct))
            .RequirePermission(Permissions.FindingsRectify).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        findings.MapPost("/{id}/{decision:regex(^(accept|reopen|escalate)$)}", (string id, string decision, FindingDecisionRequest? request, FindingService service, HttpContext http, CancellationToken ct) =>
                service.DecideAsync(Caller.From(http.User), id, decision, request ?? new FindingDecisionRequest(null, null), ct))
            .RequirePermission(Permissions.FindingsDecide).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/api/processors/{uscc}/rating", (string uscc, RatingService service, HttpContext http, CancellationToken ct) => service.GetAsync(Caller.From(http.User), uscc, ct))
            .WithTags("ratings").RequirePermission(Permissions.RatingsRead).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/processors/{uscc}/rating/objections", async (string uscc, ObjectionRequest request, RatingObjectionService service, HttpContext http, CancellationToken ct) =>
                Results.Created((string?)null, await service.FileAsync(Caller.From(http.User), uscc, request, ct).ConfigureAwait(false)))
            .WithTags("ratings").RequirePermission(Permissions.FindingsRectify).Produces<RatingObjectionView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var objections = app.MapGroup("/api/rating-objections").WithTags("ratings");
        objections.MapGet("/", (RatingObjectionService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.RatingsRead);
        objections.MapGet("/{id}", (string id, RatingObjectionService service, HttpContext http, CancellationToken ct) => service.GetAsync(Caller.From(http.User), id, ct))
            .RequirePermission(Permissions.RatingsRead).ProducesProblem(StatusCodes.Status404NotFound);
        objections.MapPost("/{id}/{decision:regex(^(uphold|reject)$)}", (string id, string decision, ObjectionDecisionRequest? request, RatingObjectionService service, HttpContext http, CancellationToken ct) =>
                service.DecideAsync(Caller.From(http.User), id, decision, request ?? new ObjectionDecisionRequest(null), ct))
            .RequirePermission(Permissions.FindingsDecide).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var open = app.MapGroup("/public/spot-checks").WithTags("public").AllowAnonymous();
        open.MapGet("/", (HttpRequest request, PublicSpotChecks service, CancellationToken ct) =>
            request.Headers.Accept.ToString().StartsWith("text/html", StringComparison.Ordinal)
                ? Task.FromResult(Results.Redirect("/public/spot-checks/view"))
                : service.ListAsync(ct));
        open.MapGet("/{id}/population", async (string id, SpotCheckService service, CancellationToken ct) =>
            Results.Text(await service.PopulationAsync(null, id, ct).ConfigureAwait(false), "application/json"));
        return app;
    }
}
