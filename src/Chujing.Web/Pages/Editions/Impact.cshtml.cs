using Chujing.Domain.Editions;
using Chujing.Web.Access;
using Chujing.Web.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Editions;

/// <summary>The impact of a draft on every filing in force, before it is published.</summary>
[Authorize(Policy = Permissions.EditionsWrite)]
public sealed class ImpactModel(EditionService editions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    public ImpactReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await (await editions.ImpactAsync(Caller.From(User), Id, ct).ConfigureAwait(false)).ToPageAsync(
            this,
            report =>
            {
                Report = report;
                return Page();
            },
            // A shipped or published edition has no impact to show: only a draft can still change.
            _ => Task.FromResult<IActionResult>(NotFound())).ConfigureAwait(false);
}
