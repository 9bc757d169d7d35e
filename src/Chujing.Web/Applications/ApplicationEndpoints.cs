using Chujing.Web.Access;
using Chujing.Web.Filings;
using Chujing.Web.Problems;

namespace Chujing.Web.Applications;

/// <summary><c>/api/applications</c>: list (scoped), apply (enterprise), approve or reject (the processor's zone-group officer).</summary>
public static class ApplicationEndpoints
{
    public static IServiceCollection AddPlatformApplications(this IServiceCollection services) =>
        services.AddScoped<ListApplicationService>();

    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/applications").WithTags("applications");
        applications.MapGet("/", (ListApplicationService service, HttpContext http, CancellationToken ct) =>
                service.ListAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.FilingsRead);
        applications.MapPost("/", async (ListApplicationRequest request, ListApplicationService service, HttpContext http, CancellationToken ct) =>
                (await service.SubmitAsync(Caller.From(http.User), request, ct).ConfigureAwait(false))
                    .ToHttpResult(view => Results.Created($"/api/applications/{view.Id}", view)))
            .RequirePermission(Permissions.ApplicationsSubmit)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        applications.MapPost("/{id:int}/{decision:regex(^(approve|reject)$)}", async (int id, string decision, FilingActionBody? body, ListApplicationService service, HttpContext http, CancellationToken ct) =>
                (await service.DecideAsync(Caller.From(http.User), id, decision == "approve", body?.Note, ct).ConfigureAwait(false)).ToHttpResult())
            .Produces<ListApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequirePermission(Permissions.ApplicationsDecide)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
