using System.Text;
using System.Text.Json;
using Chujing.Catalog.Yaml;
using Chujing.Domain.Catalog;
using Chujing.Domain.Serialization;
using Chujing.Web.Access;
using Chujing.Web.Problems;

namespace Chujing.Web.Editions;

/// <summary>
/// <c>/api/editions</c>: every signed-in caller reads shipped and published editions; only the city regulator starts
/// drafts, edits them, records approvals, sees their impact and publishes them (see docs/editions.md).
/// </summary>
public static class EditionEndpoints
{
    private const string Edition = "{jurisdiction}/{edition}";
    private const long MaxWorkbookBytes = 10_000_000;

    public static IServiceCollection AddPlatformEditions(this IServiceCollection services) =>
        services.AddScoped<EditionService>().AddScoped<EditionNoticeService>();

    public static IEndpointRouteBuilder MapEditionsApi(this IEndpointRouteBuilder app)
    {
        var editions = app.MapGroup("/api/editions").WithTags("editions");
        editions.MapGet("/", (EditionService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.EditionsRead);
        editions.MapGet("/notices", (EditionNoticeService service, HttpContext http, CancellationToken ct) => service.ListAsync(Caller.From(http.User), ct))
            .RequirePermission(Permissions.EditionsRead);
        editions.MapPost("/notices/{id:long}/move", async (long id, EditionNoticeService service, HttpContext http, CancellationToken ct) => (await service.MoveAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.FilingsWrite)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        editions.MapGet("/" + Edition, async (string jurisdiction, string edition, string? format, EditionService service, HttpContext http, CancellationToken ct) =>
            {
                var result = await service.GetAsync(Caller.From(http.User), jurisdiction + "/" + edition, ct).ConfigureAwait(false);
                if (!result.IsSuccess)
                {
                    return ProblemMapping.ToHttpResult(result.Error!);
                }

                var found = result.Value;
                if (format == "yaml")
                {
                    // Saved as is, the file loads with `chujing catalog … --catalog-dir <its folder>`.
                    http.Response.Headers.ContentDisposition = $"inline; filename=\"{found.Id.Replace('/', '-')}.yaml\"";
                }

                return format switch
                {
                    "yaml" => Results.Text(CatalogWriter.Write(found), "application/yaml", Encoding.UTF8),
                    null or "json" => Results.Text(JsonSerializer.Serialize(EditionView.Of(found), JsonConventions.Indented), "application/json", Encoding.UTF8),
                    _ => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求无法读取 · The request could not be read", detail: $"format: '{format}' is not one of json, yaml"),
                };
            })
            .RequirePermission(Permissions.EditionsRead);
        editions.MapGet("/" + Edition + "/history", async (string jurisdiction, string edition, EditionService service, HttpContext http, CancellationToken ct) =>
                (await service.HistoryAsync(Caller.From(http.User), jurisdiction + "/" + edition, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.EditionsWrite);

        editions.MapGet("/" + Edition + "/export.xlsx", async (string jurisdiction, string edition, EditionService service, HttpContext http, CancellationToken ct) =>
            {
                var found = await service.GetAsync(Caller.From(http.User), jurisdiction + "/" + edition, ct).ConfigureAwait(false);
                return found.ToHttpResult(e => Results.File(EditionWorkbook.Create(e), EditionWorkbook.ContentType, e.Jurisdiction + "-" + edition + ".xlsx"));
            })
            .RequirePermission(Permissions.EditionsRead);

        var drafts = editions.MapGroup("/drafts");
        drafts.MapPost("/xlsx", async (string? from, string? id, string? title, HttpRequest request, EditionService service, HttpContext http, CancellationToken ct) =>
            {
                if (request.ContentLength is null or > MaxWorkbookBytes)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "请求内容过大 · The request is too large", detail: $"workbook: send the XLSX as the body, at most {MaxWorkbookBytes:N0} bytes");
                }

                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct).ConfigureAwait(false);
                body.Position = 0;
                var entry = await service.CreateDraftAsync(Caller.From(http.User), new DraftRequest(from, id, title, null), ct, body).ConfigureAwait(false);
                return entry.ToHttpResult(e => Results.Created($"/api/editions/{e.Id}", e));
            })
            .RequirePermission(Permissions.EditionsWrite)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        drafts.MapPost("/", async (DraftRequest request, EditionService service, HttpContext http, CancellationToken ct) =>
            {
                var entry = await service.CreateDraftAsync(Caller.From(http.User), request, ct).ConfigureAwait(false);
                return entry.ToHttpResult(e => Results.Created($"/api/editions/{e.Id}", e));
            })
            .RequirePermission(Permissions.EditionsWrite)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        drafts.MapPatch("/" + Edition + "/items/{itemId}", async (string jurisdiction, string edition, string itemId, JsonElement patch, EditionService service, HttpContext http, CancellationToken ct) =>
                (await service.PatchItemAsync(Caller.From(http.User), jurisdiction + "/" + edition, itemId, patch, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.EditionsWrite)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        drafts.MapDelete("/" + Edition + "/items/{itemId}", async (string jurisdiction, string edition, string itemId, EditionService service, HttpContext http, CancellationToken ct) =>
                (await service.RemoveItemAsync(Caller.From(http.User), jurisdiction + "/" + edition, itemId, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.EditionsWrite)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        drafts.MapPost("/" + Edition + "/approvals", async (string jurisdiction, string edition, ApprovalRequest request, EditionService service, HttpContext http, CancellationToken ct) =>
                (await service.RecordApprovalAsync(Caller.From(http.User), jurisdiction + "/" + edition, request, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.EditionsWrite)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        drafts.MapGet("/" + Edition + "/impact", async (string jurisdiction, string edition, EditionService service, HttpContext http, CancellationToken ct) =>
                (await service.ImpactAsync(Caller.From(http.User), jurisdiction + "/" + edition, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.EditionsWrite);
        drafts.MapPost("/" + Edition + "/publish", async (string jurisdiction, string edition, PublishRequest request, EditionService service, HttpContext http, CancellationToken ct) =>
                (await service.PublishAsync(Caller.From(http.User), jurisdiction + "/" + edition, request, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.EditionsWrite)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
