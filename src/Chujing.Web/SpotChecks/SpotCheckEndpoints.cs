using Chujing.Domain.SpotChecks;
using Chujing.Web.Access;
using Chujing.Web.Problems;

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
        checks.MapGet("/{id}", async (string id, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<SpotCheckView>()
            .RequirePermission(Permissions.SpotChecksRead).ProducesProblem(StatusCodes.Status404NotFound);
        checks.MapPost("/", async (PlanRequest request, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.PlanAsync(Caller.From(http.User), request, ct).ConfigureAwait(false)).ToHttpResult(view => Results.Created($"/api/spot-checks/{view.Id}", view)))
            .RequirePermission(Permissions.SpotChecksManage).Produces<SpotCheckView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        checks.MapGet("/{id}/population", async (string id, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.PopulationAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult(json => Results.Text(json, "application/json")))
            .RequirePermission(Permissions.SpotChecksManage).ProducesProblem(StatusCodes.Status404NotFound);
        checks.MapPost("/{id}/draw", async (string id, DrawRequest request, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.DrawAsync(Caller.From(http.User), id, request, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<SpotCheckView>()
            .RequirePermission(Permissions.SpotChecksManage).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        checks.MapPost("/{id}/recusals", async (string id, RecusalRequest request, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.RecuseAsync(Caller.From(http.User), id, request, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<SpotCheckView>()
            .RequirePermission(Permissions.SpotChecksManage).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        checks.MapPost("/{id}/payloads/{leaf:long}", async (string id, long leaf, HttpRequest request, PayloadService service, HttpContext http, CancellationToken ct) =>
                (await service.UploadAsync(Caller.From(http.User), id, leaf, request.Body, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<PayloadService.PayloadView>()
            .RequirePermission(Permissions.SpotChecksProduce).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // A path that names no leaf index (letters, a number too large) is no sampled leaf either: the same problem,
        // rather than routing's bare 404. The route above keeps precedence for every index.
        checks.MapPost("/{id}/payloads/{leaf}", (string id, string leaf) =>
                ProblemMapping.ToHttpResult(PayloadService.NotSampled(id, leaf.Length <= 40 ? leaf : leaf[..40] + "…")))
            .RequirePermission(Permissions.SpotChecksProduce).ExcludeFromDescription();
        checks.MapPost("/{id}/run", async (string id, SpotCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.RunAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<SpotCheckService.RunResult>()
            .RequirePermission(Permissions.SpotChecksManage).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var findings = app.MapGroup("/api/findings").WithTags("findings");
        findings.MapGet("/", (string? status, FindingService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), status, ct))
            .RequirePermission(Permissions.FindingsRead);
        findings.MapGet("/{id}", async (string id, FindingService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<FindingView>()
            .RequirePermission(Permissions.FindingsRead).ProducesProblem(StatusCodes.Status404NotFound);
        findings.MapPost("/{id}/rectification", async (string id, RectificationRequest request, FindingService service, HttpContext http, CancellationToken ct) =>
                (await service.RectifyAsync(Caller.From(http.User), id, request, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<FindingView>()
            .RequirePermission(Permissions.FindingsRectify).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        findings.MapPost("/{id}/{decision:regex(^(accept|reopen|escalate)$)}", async (string id, string decision, FindingDecisionRequest? request, FindingService service, HttpContext http, CancellationToken ct) =>
                (await service.DecideAsync(Caller.From(http.User), id, decision, request ?? new FindingDecisionRequest(null, null), ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<FindingView>()
            .RequirePermission(Permissions.FindingsDecide).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/api/processors/{uscc}/rating", async (string uscc, RatingService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(Caller.From(http.User), uscc, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<Rating>()
            .WithTags("ratings").RequirePermission(Permissions.RatingsRead).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/processors/{uscc}/rating/objections", async (string uscc, ObjectionRequest request, RatingObjectionService service, HttpContext http, CancellationToken ct) =>
                (await service.FileAsync(Caller.From(http.User), uscc, request, ct).ConfigureAwait(false)).ToHttpResult(view => Results.Created((string?)null, view)))
            .WithTags("ratings").RequirePermission(Permissions.FindingsRectify).Produces<RatingObjectionView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var objections = app.MapGroup("/api/rating-objections").WithTags("ratings");
        objections.MapGet("/", (RatingObjectionService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.RatingsRead);
        objections.MapGet("/{id}", async (string id, RatingObjectionService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<RatingObjectionView>()
            .RequirePermission(Permissions.RatingsRead).ProducesProblem(StatusCodes.Status404NotFound);
        objections.MapPost("/{id}/{decision:regex(^(uphold|reject)$)}", async (string id, string decision, ObjectionDecisionRequest? request, RatingObjectionService service, HttpContext http, CancellationToken ct) =>
                (await service.DecideAsync(Caller.From(http.User), id, decision, request ?? new ObjectionDecisionRequest(null), ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<RatingObjectionView>()
            .RequirePermission(Permissions.FindingsDecide).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var open = app.MapGroup("/public/spot-checks").WithTags("public").AllowAnonymous();
        open.MapGet("/", (HttpRequest request, PublicSpotChecks service, CancellationToken ct) =>
            request.Headers.Accept.ToString().StartsWith("text/html", StringComparison.Ordinal)
                ? Task.FromResult(Results.Redirect("/public/spot-checks/view"))
                : service.ListAsync(ct));
        open.MapGet("/{id}/population", async (string id, SpotCheckService service, CancellationToken ct) =>
            (await service.PopulationAsync(null, id, ct).ConfigureAwait(false)).ToHttpResult(json => Results.Text(json, "application/json")));
        return app;
    }
}
