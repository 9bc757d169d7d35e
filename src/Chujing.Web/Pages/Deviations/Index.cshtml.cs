using Chujing.Domain.Consistency;
using Chujing.Domain.Filings;
using Chujing.Web.Access;
using Chujing.Web.Consistency;
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

    public async Task OnGetAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        Severity? severity = FilingNames.TryParse<Severity>(Severity, out var s) ? s : null;
        Rows = await queries.ListAsync(Caller, Blank(Filing), severity, Blank(Processor), 500, ct).ConfigureAwait(false);
        if (!Caller.IsEnterprise)
        {
            Counts = await queries.CountsAsync(Caller, ct).ConfigureAwait(false);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(64, text.Trim().Length)];
}
