using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Editions;

/// <summary>Every edition the platform serves; the city starts drafts here; anyone compares two editions.</summary>
[Authorize(Policy = Permissions.EditionsRead)]
public sealed class IndexModel(EditionService editions, IAuthorizationService authorization) : PageModel
{
    private const long MaxWorkbookBytes = 10_000_000;

    public IReadOnlyList<EditionListEntry> Editions { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty]
    public DraftRequest? Draft { get; set; }

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.EditionsWrite).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var created = await editions.CreateDraftAsync(Caller.From(User), Draft ?? new DraftRequest(null, null, null, null), ct).ConfigureAwait(false);
        return await ShowOrAgainAsync(created, ct).ConfigureAwait(false);
    }

    /// <summary>A draft from a workbook in the regulators' shape (one row per item), applied to the edition it starts from.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? workbook, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.EditionsWrite).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        if (workbook is null || workbook.Length is 0 or > MaxWorkbookBytes)
        {
            return await ShowOrAgainAsync(Result<EditionListEntry>.Failure(Diagnostic.ForField(null, "Excel", $"choose an XLSX file of at most {MaxWorkbookBytes:N0} bytes")), ct).ConfigureAwait(false);
        }

        await using var stream = new MemoryStream();
        await workbook.CopyToAsync(stream, ct).ConfigureAwait(false);
        stream.Position = 0;
        var created = await editions.CreateDraftAsync(Caller.From(User), Draft ?? new DraftRequest(null, null, null, null), ct, stream).ConfigureAwait(false);
        return await ShowOrAgainAsync(created, ct).ConfigureAwait(false);
    }

    private Task<IActionResult> ShowOrAgainAsync(Result<EditionListEntry> created, CancellationToken ct) =>
        created.ToPageAsync(this, entry => RedirectToPage("Show", new { id = entry.Id }), async problems =>
        {
            Problems = problems;
            await LoadAsync(ct).ConfigureAwait(false);
            return Page();
        });

    private async Task LoadAsync(CancellationToken ct)
    {
        Editions = await editions.ListAsync(Caller.From(User), ct).ConfigureAwait(false);
        CanEdit = (await authorization.AuthorizeAsync(User, Permissions.EditionsWrite).ConfigureAwait(false)).Succeeded;
    }
}
