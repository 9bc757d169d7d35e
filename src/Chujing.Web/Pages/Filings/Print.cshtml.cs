using Chujing.Web.Access;
using Chujing.Web.Filings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Filings;

/// <summary>The printable filing form (A4), with the assessment's legal basis.</summary>
[Authorize(Policy = Permissions.FilingsRead)]
public sealed class PrintModel(FilingService filings) : PageModel
{
    public FilingView Filing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var result = await filings.GetAsync(Caller.From(User), id, ct).ConfigureAwait(false);
        return await result.ToPageAsync(this, filing =>
        {
            Filing = filing;
            return Page();
        }, _ => Task.FromResult<IActionResult>(NotFound())).ConfigureAwait(false);
    }
}
