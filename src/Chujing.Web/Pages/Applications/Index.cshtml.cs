using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Applications;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Applications;

/// <summary>List-use applications: enterprises apply, officers decide.</summary>
[Authorize(Policy = Permissions.FilingsRead)]
public sealed class IndexModel(ListApplicationService applications, IAuthorizationService authorization) : PageModel
{
    public Caller Caller { get; private set; } = null!;

    public IReadOnlyList<ListApplicationView> Applications { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false);

    public Task<IActionResult> OnPostApplyAsync(string? edition, string? statement, CancellationToken ct) =>
        RunAsync(Permissions.ApplicationsSubmit, c => applications.SubmitAsync(c, new ListApplicationRequest(edition, statement), ct), ct);

    public Task<IActionResult> OnPostDecideAsync(int id, string decision, string? note, CancellationToken ct) =>
        RunAsync(Permissions.ApplicationsDecide, c => applications.DecideAsync(c, id, decision == "approve", note, ct), ct);

    private async Task<IActionResult> RunAsync(string permission, Func<Caller, Task<ListApplicationView>> change, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, permission).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            await change(Caller.From(User)).ConfigureAwait(false);
            return RedirectToPage();
        }
        catch (InvalidInputException e)
        {
            Error = string.Join("; ", e.Diagnostics.Select(d => d.ToString()));
        }
        catch (ResourceNotFoundException)
        {
            return NotFound();
        }

        await LoadAsync(ct).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        Applications = await applications.ListAsync(Caller, ct).ConfigureAwait(false);
    }
}
