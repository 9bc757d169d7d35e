using Chujing.Domain.Catalog;
using Chujing.Web.Access;
using Chujing.Web.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Editions;

/// <summary>What changed between two editions, as <c>chujing catalog diff</c> shows it.</summary>
[Authorize(Policy = Permissions.EditionsRead)]
public sealed class DiffModel(EditionService editions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string A { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string B { get; set; } = string.Empty;

    public EditionDiff Diff { get; private set; } = null!;

    /// <summary>The two editions' titles (a draft has its own), in the order compared.</summary>
    public (string A, string B) Titles { get; private set; } = (string.Empty, string.Empty);

    /// <summary>The diff's codes as names in the two editions.</summary>
    public DiffLabels Labels { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        var (a, b) = (await editions.GetAsync(caller, A, ct).ConfigureAwait(false), await editions.GetAsync(caller, B, ct).ConfigureAwait(false));
        if (!a.IsSuccess || !b.IsSuccess)
        {
            return NotFound();
        }

        Diff = EditionDiff.Compare(a.Value, b.Value);
        var english = Localization.UiText.IsEnglish;
        Titles = (Title(a.Value, english), Title(b.Value, english));
        Labels = new DiffLabels([b.Value, a.Value], english);
        return Page();
    }

    private static string Title(CatalogEdition e, bool english) => english && !string.IsNullOrEmpty(e.TitleEn) ? e.TitleEn : e.Title;
}
