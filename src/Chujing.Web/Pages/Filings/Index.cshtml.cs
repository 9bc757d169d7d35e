using Chujing.Domain.Filings;
using Chujing.Web.Access;
using Chujing.Web.Filings;
using Chujing.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Filings;

/// <summary>The filings the caller may see, optionally of one status.</summary>
[Authorize(Policy = Permissions.FilingsRead)]
public sealed class IndexModel(FilingService filings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? Number { get; set; }

    public Paging<FilingView> Filings { get; private set; } = Paging<FilingView>.Of([], 1, "p");

    public async Task OnGetAsync(CancellationToken ct)
    {
        FilingStatus? status = FilingNames.TryParse<FilingStatus>(Status, out var s) ? s : null;
        Filings = Paging<FilingView>.Of(await filings.ListAsync(Caller.From(User), status, ct).ConfigureAwait(false), Number, "p");
    }
}
