using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Localization;
using Chujing.Web.Applications;
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

    /// <summary>The edition the application form starts with (a revision notice links here with the new edition).</summary>
    public string? Suggested { get; private set; }

    public async Task OnGetAsync(string? edition, CancellationToken ct)
    {
        Suggested = edition is { Length: > 0 and <= 64 } ? edition : null;
        await LoadAsync(ct).ConfigureAwait(false);
    }

    public Task<IActionResult> OnPostApplyAsync(string? edition, string? statement, CancellationToken ct) =>
        RunAsync(Permissions.ApplicationsSubmit, c => applications.SubmitAsync(c, new ListApplicationRequest(edition, statement), ct), ct);

    public Task<IActionResult> OnPostDecideAsync(int id, string decision, string? note, CancellationToken ct) =>
        RunAsync(Permissions.ApplicationsDecide, c => applications.DecideAsync(c, id, decision == "approve", note, ct), ct);

    private async Task<IActionResult> RunAsync(string permission, Func<Caller, Task<Result<ListApplicationView>>> change, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, permission).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var result = await change(Caller.From(User)).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(), async problems =>
        {
            Error = FormMessages.Describe(problems, UiText.IsEnglish);
            await LoadAsync(ct).ConfigureAwait(false);
            return Page();
        }).ConfigureAwait(false);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        Applications = await applications.ListAsync(Caller, ct).ConfigureAwait(false);
    }
}
