using System.Globalization;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Lists;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Chujing.Web.Filings;

/// <summary>
/// <c>GET /api/filings</c>: the filings the caller may see, filtered as the filings page is, newest first, as a JSON
/// array. <c>page</c> and <c>pageSize</c> (as <c>GET /api/notifications</c> takes them) answer one page; without
/// them the answer is the first <see cref="MaxUnpaged"/>. Either way <c>X-Total-Count</c> says how many match.
/// </summary>
public static partial class FilingEndpoints
{
    /// <summary>The most filings one answer holds: without paging, and as a page's size.</summary>
    public const int MaxUnpaged = 1000;

    /// <summary>The largest <c>pageSize</c>.</summary>
    public const int MaxPageSize = MaxUnpaged;

    /// <summary>The page size when <c>page</c> is given without <c>pageSize</c> (as the UI's lists and the notifications).</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The response header holding how many filings match the filters, on every page.</summary>
    public const string TotalHeader = "X-Total-Count";

    private static async Task<IResult> ListAsync(FilingService service, HttpContext http, int? page, int? pageSize, CancellationToken ct)
    {
        var filter = ListEndpoints.Filter(http);
        var paging = page is null && pageSize is null ? Result<PageRequest>.Success(new PageRequest(1, MaxUnpaged)) : PageRequest.Parse(page, pageSize, DefaultPageSize, MaxPageSize);
        if (!filter.IsSuccess || !paging.IsSuccess)
        {
            return ProblemMapping.ToHttpResult(new InvalidError([.. filter.Diagnostics, .. paging.Diagnostics]));
        }

        var (items, total) = await service.SearchPageAsync(Caller.From(http.User), filter.Value, paging.Value.Skip, paging.Value.Size, ct).ConfigureAwait(false);
        http.Response.Headers[TotalHeader] = total.ToString(CultureInfo.InvariantCulture);
        return Results.Ok(items);
    }

    // The document's words for the filters, the paging parameters and the total's header.
    private static RouteHandlerBuilder WithListPaging(this RouteHandlerBuilder builder) => builder
        .WithListFilters(ListOpenApi.Filings)
        .WithDescription(string.Create(CultureInfo.InvariantCulture, $"The filings the caller may see, filtered as the filings page (q, status, processor, zone, pathway, from, to; see docs/lists.md), newest first, as a JSON array. "
            + $"Paging is optional: page (from 1, at most {PageRequest.MaxPage}) and pageSize (1 to {MaxPageSize}, default {DefaultPageSize}) answer one page; without either the answer holds at most the first {MaxUnpaged} filings. "
            + $"The {TotalHeader} header says how many match in all. A bad filter or page is a problem keyed by its parameter."))
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                parameter.Description = parameter.Name switch
                {
                    "page" => string.Create(CultureInfo.InvariantCulture, $"The page (页码), from 1 to {PageRequest.MaxPage}; default 1 when pageSize is given."),
                    "pageSize" => string.Create(CultureInfo.InvariantCulture, $"Filings per page (每页条数), 1 to {MaxPageSize}; default {DefaultPageSize} when page is given."),
                    _ => parameter.Description,
                };
            }

            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
                response.Headers[TotalHeader] = new OpenApiHeader
                {
                    Description = "How many filings match the filters in all (符合条件的备案总数), whatever the page.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                };
            }

            return Task.CompletedTask;
        });
}
