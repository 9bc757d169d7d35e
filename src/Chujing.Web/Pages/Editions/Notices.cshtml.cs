using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Editions;

/// <summary>Revision notices (the dashboard shows the same list); an enterprise moves a filing onto the new edition here.</summary>
[Authorize(Policy = Permissions.EditionsRead)]
public sealed class NoticesModel(EditionNoticeService notices, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostMoveAsync(long id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.FilingsWrite).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            var moved = await notices.MoveAsync(Caller.From(User), id, ct).ConfigureAwait(false);
            return Redirect("/Filings/Details/" + Uri.EscapeDataString(moved.Filing.Id));
        }
        catch (InvalidInputException e)
        {
            Problems = e.Diagnostics;
            return Page();
        }
    }
}
