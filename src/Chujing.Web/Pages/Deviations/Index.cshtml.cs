using Chujing.Web.Access;
using Chujing.Web.Consistency;
using Chujing.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Deviations;

/// <summary>
/// Deviations of actual exports from their filings: the enterprise's own, the zone group's queue (gravest first, by
/// filing and processor, each with its ledger leaf), and for the city the counts per zone group.
/// </summary>
[Authorize(Policy = Permissions.DeviationsRead)]
public sealed class IndexModel(DeviationQueries queries) : PageModel
{
    public Caller Caller { get; private set; } = null!;

    public IReadOnlyList<DeviationRowView> Rows { get; private set; } = [];

    public IReadOnlyList<DeviationCount> Counts { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Severity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Filing { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Processor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>What is wrong with the filters given, in Chinese (English under the switch), each naming the filter's label; no rows are listed then.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        var filter = DeviationFilter.Parse(name => Request.Query.TryGetValue(name, out var v) ? v.ToString() : null);
        if (filter.IsSuccess)
        {
            Rows = await queries.ListAsync(Caller, filter.Value, 500, ct).ConfigureAwait(false);
        }
        else
        {
            Problems = [.. filter.Diagnostics.Select(d => FormMessages.Describe(d with { Suggestion = null }, UiText.IsEnglish))];
        }

        if (!Caller.IsEnterprise)
        {
            Counts = await queries.CountsAsync(Caller, ct).ConfigureAwait(false);
        }
    }
}
