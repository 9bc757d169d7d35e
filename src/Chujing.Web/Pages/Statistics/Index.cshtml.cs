using Chujing.Web.Access;
using Chujing.Web.Lists;
using Chujing.Web.Localization;
using Chujing.Web.Pages.Shared;
using Chujing.Web.Processors;
using Chujing.Web.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Statistics;

/// <summary>
/// Statistics of the caller's jurisdiction (officials): filings and recorded exports over a date range, by processor
/// and zone group, as tables and charts, exported with the same filters as CSV or XLSX.
/// </summary>
[Authorize(Policy = Permissions.StatisticsRead)]
public sealed class IndexModel(StatisticsService statistics, ProcessorService processors) : PageModel
{
    public StatisticsView? View { get; private set; }

    public ListFilterForm Filters { get; private set; } = null!;

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        var parsed = ListEndpoints.Filter(HttpContext);
        Filters = ListFilterForm.Of(parsed, "/api/statistics/export", await processors.ListAsync(caller, ct).ConfigureAwait(false), caller.IsCity) with { Text = false };
        if (parsed.IsSuccess)
        {
            View = await statistics.ComputeAsync(caller, parsed.Value, UiText.IsEnglish, ct).ConfigureAwait(false);
            Charts = [.. View.Groups.Where(g => g.Rows.Any(r => r.Count > 0))
                .Select(g => new BarChart(g.Title, [.. g.Rows.Take(12).Select(r => new KeyValuePair<string, long>(r.Label, r.Count))]))];
        }
    }
}
