using Chujing.Domain.Catalog;
using Chujing.Domain.Editions;
using Chujing.Web.Access;
using Chujing.Web.Editions;
using Chujing.Web.Processors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Editions;

/// <summary>The impact of a draft on every filing in force, before it is published.</summary>
[Authorize(Policy = Permissions.EditionsWrite)]
public sealed class ImpactModel(EditionService editions, ProcessorService processors) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    public ImpactReport Report { get; private set; } = null!;

    /// <summary>Names for what the report holds as ids.</summary>
    public ImpactLabels Labels { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var impact = await editions.ImpactAsync(Caller.From(User), Id, ct).ConfigureAwait(false);
        if (impact.IsSuccess)
        {
            Labels = await LabelsAsync(impact.Value, ct).ConfigureAwait(false);
        }

        return await impact.ToPageAsync(
            this,
            report =>
            {
                Report = report;
                return Page();
            },
            // A shipped or published edition has no impact to show: only a draft can still change.
            _ => Task.FromResult<IActionResult>(NotFound())).ConfigureAwait(false);
    }

    private async Task<ImpactLabels> LabelsAsync(ImpactReport report, CancellationToken ct)
    {
        var caller = Caller.From(User);
        var named = new List<CatalogEdition>(2);
        foreach (var id in new[] { report.Edition, report.BasedOn }.OfType<string>())
        {
            if (await editions.GetAsync(caller, id, ct).ConfigureAwait(false) is { IsSuccess: true } edition)
            {
                named.Add(edition.Value);
            }
        }

        var visible = await processors.ListAsync(caller, ct).ConfigureAwait(false);
        return new ImpactLabels(named, visible.ToDictionary(p => p.Uscc, p => p.Name, StringComparer.Ordinal));
    }
}
