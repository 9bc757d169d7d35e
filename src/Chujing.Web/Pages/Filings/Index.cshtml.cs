using Chujing.Web.Access;
using Chujing.Web.Filings;
using Chujing.Web.Lists;
using Chujing.Web.Pages.Shared;
using Chujing.Web.Processors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Filings;

/// <summary>
/// The filings the caller may see: searched and filtered (status, pathway, processor, zone group, creation dates) by
/// the query string, paged, and exported with the same filters as CSV or XLSX.
/// </summary>
[Authorize(Policy = Permissions.FilingsRead)]
public sealed class IndexModel(FilingService filings, ProcessorService processors) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? Number { get; set; }

    public Paging<FilingView> Filings { get; private set; } = Paging<FilingView>.Of([], 1, "p");

    public ListFilterForm Filters { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        var parsed = ListEndpoints.Filter(HttpContext);
        Filters = ListFilterForm.Of(parsed, "/api/filings/export", caller.IsEnterprise ? [] : await processors.ListAsync(caller, ct).ConfigureAwait(false), caller.IsCity)
            with { Status = true, Pathway = true, TextHint = T("filing.search-hint") };
        if (parsed.IsSuccess)
        {
            Filings = Paging<FilingView>.Of(await filings.SearchAsync(caller, parsed.Value, ct).ConfigureAwait(false), Number, "p");
        }
    }

    private static string T(string key) => Localization.UiText.In(key, Localization.UiText.IsEnglish);
}
