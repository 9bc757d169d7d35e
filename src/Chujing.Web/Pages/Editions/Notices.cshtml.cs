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

        var moved = await notices.MoveAsync(Caller.From(User), id, ct).ConfigureAwait(false);
        return await moved.ToPageAsync(this, m => Redirect("/Filings/Details/" + Uri.EscapeDataString(m.Filing.Id)), problems =>
        {
            Problems = problems;
            return Task.FromResult<IActionResult>(Page());
        }).ConfigureAwait(false);
    }
}
