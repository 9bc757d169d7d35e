using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Processors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Processors;

/// <summary>The processors the caller may see; officers and the city register new ones here.</summary>
[Authorize(Policy = Permissions.ProcessorsRead)]
public sealed class IndexModel(ProcessorService registration, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ProcessorView> Processors { get; private set; } = [];

    public bool CanRegister { get; private set; }

    [BindProperty]
    public ProcessorRequest? Input { get; set; }

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ProcessorsRegister).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var result = await registration.RegisterAsync(Caller.From(User), Input ?? new ProcessorRequest(null, null, null, false, null, null, null), ct).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(), async problems =>
        {
            Problems = problems;
            await LoadAsync(ct).ConfigureAwait(false);
            return Page();
        }).ConfigureAwait(false);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        Processors = await registration.ListAsync(caller, ct).ConfigureAwait(false);
        CanRegister = (await authorization.AuthorizeAsync(User, Permissions.ProcessorsRegister).ConfigureAwait(false)).Succeeded;
    }
}
