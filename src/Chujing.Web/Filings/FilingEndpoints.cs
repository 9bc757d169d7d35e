using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Web.Access;
using Chujing.Web.Audit;

namespace Chujing.Web.Filings;

/// <summary>
/// <c>/api/filings</c>: list and read (every role, scoped), draft and amend and submit (enterprise), review
/// decisions (zone-group officer), the printable form (HTML and XLSX).
/// </summary>
public static class FilingEndpoints
{
    private const string ReviewActions = "^(start-review|approve|return-for-correction|reject|revoke)$";

    public static IServiceCollection AddPlatformFilings(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddScoped<FilingService>();
        services.AddHostedService<FilingExpiryService>();
        return services;
    }

    public static IEndpointRouteBuilder MapFilingsApi(this IEndpointRouteBuilder app)
    {
        var filings = app.MapGroup("/api/filings").WithTags("filings");
        filings.MapGet("/", (FilingService service, HttpContext http, string? status, CancellationToken ct) =>
                service.ListAsync(Caller.From(http.User), ParseStatus(status), ct))
            .RequirePermission(Permissions.FilingsRead);
        filings.MapGet("/{id}", async (string id, FilingService service, Consistency.ConsistencyService consistency, HttpContext http, CancellationToken ct) =>
            {
                var view = await service.GetAsync(Caller.From(http.User), id, ct).ConfigureAwait(false);
                return view with { StatusHistory = await consistency.HistoryAsync(view.Id, ct).ConfigureAwait(false) };
            })
            .RequirePermission(Permissions.FilingsRead)
            .ProducesProblem(StatusCodes.Status404NotFound);
        filings.MapPost("/", async (FilingRequest request, FilingService service, HttpContext http, CancellationToken ct) =>
            {
                var view = await service.CreateAsync(Caller.From(http.User), request, ct).ConfigureAwait(false);
                return Results.Created($"/api/filings/{view.Id}", view);
            })
            .RequirePermission(Permissions.FilingsWrite)
            .Produces<FilingView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapPut("/{id}", (string id, FilingRequest request, FilingService service, HttpContext http, CancellationToken ct) =>
                service.AmendAsync(Caller.From(http.User), id, request, ct))
            .RequirePermission(Permissions.FilingsWrite)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapPost("/{id}/submit", (string id, FilingActionBody? body, FilingService service, HttpContext http, CancellationToken ct) =>
                service.ActAsync(Caller.From(http.User), id, FilingAction.Submit, body?.Note, body?.Version, ct))
            .RequirePermission(Permissions.FilingsWrite)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapPost("/{id}/{action:regex(" + ReviewActions + ")}", (string id, string action, FilingActionBody? body, FilingService service, HttpContext http, CancellationToken ct) =>
                service.ActAsync(Caller.From(http.User), id, ParseAction(action), body?.Note, body?.Version, ct))
            .RequirePermission(Permissions.FilingsReview)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        filings.MapGet("/{id}/form.xlsx", async (string id, FilingService service, HttpContext http, CancellationToken ct) =>
            {
                var view = await service.GetAsync(Caller.From(http.User), id, ct).ConfigureAwait(false);
                return Results.File(FilingWorkbook.Create(view), FilingWorkbook.ContentType, view.Id + ".xlsx");
            })
            .RequirePermission(Permissions.FilingsRead);
        return app;
    }

    private static FilingStatus? ParseStatus(string? status) =>
        status is null ? null
        : FilingNames.TryParse<FilingStatus>(status, out var s) ? s
        : throw new InvalidInputException(Diagnostic.ForField(null, "status", $"'{status}' is not a filing status", string.Join(", ", Enum.GetValues<FilingStatus>().Select(FilingNames.Of))));

    private static FilingAction ParseAction(string action) =>
        FilingNames.TryParse<FilingAction>(action, out var a) ? a : throw new InvalidInputException(Diagnostic.ForField(null, "action", $"'{action}' is not an action"));
}
