using Chujing.Documents.Rendering;
using Chujing.Web.Access;
using Chujing.Web.Problems;

namespace Chujing.Web.Documents;

/// <summary>
/// <c>/api/filings/{id}/documents</c>: the filing's materials (list, and each as DOCX or PDF), for whoever may read
/// the filing. A missing Chromium makes the PDF answer 503 naming what to install; DOCX never needs it.
/// </summary>
public static class DocumentEndpoints
{
    public static IServiceCollection AddPlatformDocuments(this IServiceCollection services, PlatformOptions options)
    {
        services.AddSingleton(new ChromiumPdfPrinter(options.ChromiumPath));
        services.AddScoped<DocumentService>();
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/filings/{id}/documents").WithTags("filings");
        documents.MapGet("/", async (string id, DocumentService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(Caller.From(http.User), id, ct).ConfigureAwait(false)).ToHttpResult())
            .RequirePermission(Permissions.FilingsRead)
            .Produces<IReadOnlyList<DocumentEntry>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/{name}.{format}", async (string id, string name, string format, DocumentService service, HttpContext http, CancellationToken ct) =>
                (await service.RenderAsync(Caller.From(http.User), id, name, format, ct).ConfigureAwait(false))
                    .ToHttpResult(file => Results.File(file.Bytes, file.ContentType, file.FileName)))
            .RequirePermission(Permissions.FilingsRead)
            .Produces(StatusCodes.Status200OK, contentType: DocxRenderer.ContentType)
            .Produces(StatusCodes.Status200OK, contentType: ChromiumPdfPrinter.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
