using Chujing.Web.Access;
using Chujing.Web.Problems;
using Microsoft.Net.Http.Headers;

namespace Chujing.Web.Filings.Attachments;

/// <summary>
/// <c>/api/filings/{id}/attachments</c>: list and download (whoever may see the filing), upload and remove (its
/// enterprise). An upload is the file's bytes as the request body, with <c>?kind=</c> and <c>?fileName=</c>.
/// </summary>
public static class FilingAttachmentEndpoints
{
    public static IServiceCollection AddPlatformAttachments(this IServiceCollection services) =>
        services.AddScoped<FilingAttachmentService>();

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder app)
    {
        var attachments = app.MapGroup("/api/filings/{id}/attachments").WithTags("filings");
        attachments.MapGet("/", async (string id, FilingAttachmentService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.FilingsRead)
            .Produces<IReadOnlyList<FilingAttachmentView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        attachments.MapPost("/", async (string id, string? kind, string? fileName, HttpRequest request, FilingAttachmentService service, HttpContext http, CancellationToken ct) =>
                (await service.UploadAsync(Caller.From(http.User), id, kind, fileName, request.Body, request.ContentLength, ct).ConfigureAwait(false))
                    .ToHttpResult(view => Results.Created($"/api/filings/{view.Filing}/attachments/{view.Id}", view)))
            .RequirePermission(Permissions.FilingsWrite)
            .WithDescription("The request body is the file's bytes, with any Content-Type: the type is read from the content (PDF, DOCX, XLSX, PNG, JPEG; at most 20 MiB). Query: kind (standard-contract, pipia-report, cac-result) and fileName.")
            .Produces<FilingAttachmentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        attachments.MapGet("/{attachment:long}", async (string id, long attachment, FilingAttachmentService service, HttpContext http, CancellationToken ct) =>
                (await service.DownloadAsync(Caller.From(http.User), id, attachment, ct).ConfigureAwait(false)).ToHttpResult(download =>
                {
                    var a = download.Attachment;
                    http.Response.Headers.ContentLength = a.Size;
                    http.Response.Headers["Repr-Digest"] = "sha-256=:" + Convert.ToBase64String(Convert.FromHexString(a.Sha256)) + ":";
                    return Results.Stream(body => download.WriteTo(body, http.RequestAborted), a.ContentType, a.FileName, entityTag: new EntityTagHeaderValue("\"" + a.Sha256 + "\""));
                }))
            .RequirePermission(Permissions.FilingsRead)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        attachments.MapDelete("/{attachment:long}", async (string id, long attachment, FilingAttachmentService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(Caller.From(http.User), id, attachment, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.FilingsWrite)
            .Produces<FilingAttachmentView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
