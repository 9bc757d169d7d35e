using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Audit;
using Chujing.Web.Problems;

namespace Chujing.Web.Filings;

/// <summary>
/// <c>/api/filings</c>: list and read (every role, scoped), draft and amend and submit (enterprise), review
/// decisions (zone-group officer), the printable form (HTML and XLSX).
/// </summary>
public static partial class FilingEndpoints
{
    private const string ReviewActions = "^(start-review|approve|return-for-correction|reject|revoke|suspend|reinstate)$";

    public static IServiceCollection AddPlatformFilings(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddScoped<AuditService>();
        services.AddScoped<FilingService>();
        services.AddHostedService<FilingExpiryService>();
        return services;
    }

    public static IEndpointRouteBuilder MapFilingsApi(this IEndpointRouteBuilder app)
    {
        var filings = app.MapGroup("/api/filings").WithTags("filings");
        filings.MapGet("/", ListAsync)
            .RequirePermission(Permissions.FilingsRead)
            .Produces<IReadOnlyList<FilingView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithListPaging();
        filings.MapGet("/{id}", async (string id, FilingService service, Consistency.ConsistencyService consistency, HttpContext http, CancellationToken ct) =>
            {
                var found = await service.GetAsync(Caller.From(http.User), id, ct).ConfigureAwait(false);
                if (!found.IsSuccess)
                {
                    return found.ToHttpResult();
                }

                return Results.Ok(found.Value with
                {
                    StatusHistory = await consistency.HistoryAsync(found.Value.Id, ct).ConfigureAwait(false),
                    ListApproved = await consistency.ListApprovedAsync(found.Value.Id, ct).ConfigureAwait(false),
                });
            })
            .RequirePermission(Permissions.FilingsRead)
            .Produces<FilingView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        filings.MapPost("/", async (FilingRequest request, FilingService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(Caller.From(http.User), request, ct).ConfigureAwait(false))
                    .ToHttpResult(view => Results.Created($"/api/filings/{view.Id}", view)))
            .RequirePermission(Permissions.FilingsWrite)
            .Produces<FilingView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapPut("/{id}", async (string id, FilingRequest request, FilingService service, HttpContext http, CancellationToken ct) =>
                (await service.AmendAsync(Caller.From(http.User), id, request, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.FilingsWrite)
            .Produces<FilingView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapPost("/{id}/submit", async (string id, FilingActionBody? body, FilingService service, HttpContext http, CancellationToken ct) =>
                (await service.ActAsync(Caller.From(http.User), id, FilingAction.Submit, body?.Note, body?.Version, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.FilingsWrite)
            .Produces<FilingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapPost("/{id}/{action:regex(" + ReviewActions + ")}", async (string id, string action, FilingActionBody? body, FilingService service, HttpContext http, CancellationToken ct) =>
                (await service.ActAsync(Caller.From(http.User), id, ParseAction(action), body?.Note, body?.Version, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.FilingsReview)
            .Produces<FilingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapPost("/{id}/pathway", async (string id, PathwayRecordBody body, FilingService service, HttpContext http, CancellationToken ct) =>
                (await service.RecordPathwayAsync(Caller.From(http.User), id, body, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.FilingsWrite)
            .Produces<FilingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapGet("/{id}/form.xlsx", async (string id, FilingService service, CatalogNames names, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(Caller.From(http.User), id, ct).ConfigureAwait(false))
                    .ToHttpResult(view => Results.File(FilingWorkbook.Create(view, names), FilingWorkbook.ContentType, view.Id + ".xlsx")))
            .RequirePermission(Permissions.FilingsRead);
        return app;
    }

    // The route admits only the review actions' spellings, each of which names an action.
    private static FilingAction ParseAction(string action) =>
        FilingNames.TryParse<FilingAction>(action, out var a) ? a : throw new ArgumentOutOfRangeException(nameof(action), action, "not a review action");
}
