using Chujing.Persistence.Evidence;
using Chujing.Web.Access;
using Chujing.Web.Evidence;
using Chujing.Web.Localization;
using Chujing.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Evidence;

/// <summary>What actually left (事中存证): the latest recorded exports the caller may see, with their ledger receipts.</summary>
[Authorize(Policy = Permissions.CountersRead)]
public sealed class IndexModel(ExportRecordQuery records, UiText text, Consistency.DeviationQueries deviations) : PageModel
{
    public IReadOnlyList<(ExportRecord Record, string Processor)> Records { get; private set; } = [];

    public BarChart ByCountry { get; private set; } = new(string.Empty, []);

    /// <summary>The deviations of these exports from their filings, gravest first.</summary>
    public IReadOnlyList<Consistency.DeviationRowView> Deviations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        Records = await records.LatestAsync(caller, 200, ct).ConfigureAwait(false);
        Deviations = await deviations.ListAsync(caller, null, null, null, 50, ct).ConfigureAwait(false);
        var countries = await records.PersonsByCountryAsync(caller, ct).ConfigureAwait(false);
        ByCountry = new BarChart(text["evidence.by-country"], [.. countries.Take(12)]);
    }
}
