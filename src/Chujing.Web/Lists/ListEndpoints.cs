using System.Globalization;
using Chujing.Domain.Calendar;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Audit;
using Chujing.Web.Evidence;
using Chujing.Web.Filings;
using Chujing.Web.Problems;
using Chujing.Web.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Lists;

/// <summary>
/// The lists' exports and the lists the API did not have: <c>GET /api/{filings|evidence/records|audit|statistics}/export.{csv|xlsx}</c>
/// take the same filters as their page (<see cref="ListQuery"/>) and hold every matching row the caller may see;
/// <c>GET /api/evidence/records</c> and <c>GET /api/statistics</c> answer JSON. A bad filter is a problem naming it.
/// </summary>
public static class ListEndpoints
{
    /// <summary>
    /// The most records <c>GET /api/evidence/records</c> answers at once: as <c>take</c> (default 200) and as a page's
    /// <c>pageSize</c> (with <c>page</c>, default 20, as <c>GET /api/filings</c>); <c>X-Total-Count</c> says how many match.
    /// </summary>
    public const int MaxTake = 1000;

    public static IServiceCollection AddPlatformLists(this IServiceCollection services) =>
        services.AddScoped<StatisticsService>();

    public static IEndpointRouteBuilder MapListsApi(this IEndpointRouteBuilder app)
    {
        MapExport(app, "/api/filings/export", Permissions.FilingsRead, "filings", ListOpenApi.Filings, async (http, caller, filter, ct) =>
            FilingExport.Table(await Service<FilingService>(http).SearchAsync(caller, filter, ct).ConfigureAwait(false), Service<CatalogNames>(http)));
        MapExport(app, "/api/evidence/records/export", Permissions.CountersRead, "evidence", ListOpenApi.Evidence, async (http, caller, filter, ct) =>
            ExportRecordExport.Table(await Bounded(Service<ExportRecordQuery>(http).Search(caller, filter), ct).ConfigureAwait(false), Service<CatalogNames>(http)));
        MapExport(app, "/api/audit/export", Permissions.AuditRead, "audit", ListOpenApi.Audit, async (http, caller, filter, ct) =>
            AuditExport.Table(await Bounded(Service<AuditService>(http).Search(caller, filter), ct).ConfigureAwait(false), Service<CatalogNames>(http)));
        MapExport(app, "/api/statistics/export", Permissions.StatisticsRead, "statistics", ListOpenApi.Statistics, async (http, caller, filter, ct) =>
            StatisticsExport.Table(await Service<StatisticsService>(http).ComputeAsync(caller, filter, english: false, ct).ConfigureAwait(false)));

        app.MapGet("/api/evidence/records", async (HttpContext http, ExportRecordQuery records, int? take, int? page, int? pageSize, CancellationToken ct) =>
            {
                var filter = Filter(http);
                var paging = page is null && pageSize is null
                    ? Result<PageRequest>.Success(new PageRequest(1, Math.Clamp(take ?? 200, 1, MaxTake)))
                    : PageRequest.Parse(page, pageSize, Filings.FilingEndpoints.DefaultPageSize, MaxTake);
                if (!filter.IsSuccess || !paging.IsSuccess)
                {
                    return ProblemMapping.ToHttpResult(new InvalidError([.. filter.Diagnostics, .. paging.Diagnostics]));
                }

                var caller = Caller.From(http.User);
                var total = await records.Matching(caller, filter.Value).CountAsync(ct).ConfigureAwait(false);
                http.Response.Headers[Filings.FilingEndpoints.TotalHeader] = total.ToString(CultureInfo.InvariantCulture);
                return Results.Ok(await records.Search(caller, filter.Value).Skip(paging.Value.Skip).Take(paging.Value.Size).ToListAsync(ct).ConfigureAwait(false));
            })
            .RequirePermission(Permissions.CountersRead)
            .Produces<IReadOnlyList<ExportRecordView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithListFilters(ListOpenApi.Evidence)
            .WithTags("evidence");
        app.MapGet("/api/statistics", async (HttpContext http, StatisticsService statistics, CancellationToken ct) =>
            {
                var filter = Filter(http);
                return filter.IsSuccess
                    ? Results.Ok(await statistics.ComputeAsync(Caller.From(http.User), filter.Value, Localization.UiText.IsEnglish, ct).ConfigureAwait(false))
                    : ProblemMapping.ToHttpResult(filter.Error!);
            })
            .RequirePermission(Permissions.StatisticsRead)
            .Produces<StatisticsView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithListFilters(ListOpenApi.Statistics)
            .WithTags("statistics");
        return app;
    }

    /// <summary>The filters of the request's query string.</summary>
    public static Result<ListQuery> Filter(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return ListQuery.Parse(name => http.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null);
    }

    private static void MapExport(IEndpointRouteBuilder app, string path, string permission, string tag, IReadOnlyList<string> filters, Func<HttpContext, Caller, ListQuery, CancellationToken, Task<ExportTable>> build)
    {
        foreach (var format in (string[])["csv", "xlsx"])
        {
            app.MapGet(path + "." + format, async (HttpContext http, TimeProvider time, CancellationToken ct) =>
                {
                    var filter = Filter(http);
                    if (!filter.IsSuccess)
                    {
                        return ProblemMapping.ToHttpResult(filter.Error!);
                    }

                    var table = await build(http, Caller.From(http.User), filter.Value, ct).ConfigureAwait(false);
                    if (table.Rows.Count > TableExport.MaxRows)
                    {
                        return ProblemMapping.ToHttpResult(new InvalidError([TooMany()]));
                    }

                    var name = TableExport.FileName(table, RegulatoryCalendar.Today(time), format);
                    return format == "csv"
                        ? Results.File(TableExport.ToCsv(table), TableExport.CsvContentType, name)
                        : Results.File(TableExport.ToXlsx(table), TableExport.XlsxContentType, name);
                })
                .RequirePermission(permission)
                .Produces(StatusCodes.Status200OK, contentType: format == "csv" ? TableExport.CsvContentType : TableExport.XlsxContentType)
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
                .WithListFilters(filters)
                .WithTags(tag);
        }
    }

    // One row more than an export holds, so that a longer list is refused rather than cut short without a word.
    private static async Task<List<T>> Bounded<T>(IQueryable<T> query, CancellationToken ct) =>
        await query.Take(TableExport.MaxRows + 1).ToListAsync(ct).ConfigureAwait(false);

    private static Diagnostic TooMany() => Diagnostic.ForField(null, "body", string.Create(CultureInfo.InvariantCulture, $"more than {TableExport.MaxRows:N0} rows match; narrow the filters (a date range, a processor) and export again"));

    private static T Service<T>(HttpContext http)
        where T : notnull => http.RequestServices.GetRequiredService<T>();
}
