using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Web.Access;
using Chujing.Web.Localization;
using Chujing.Web.Audit;
using Chujing.Web.Filings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Filings;

/// <summary>One filing: its content, assessment and legal basis, the actions the caller may take, and (for officials) its history.</summary>
[Authorize(Policy = Permissions.FilingsRead)]
public sealed partial class DetailsModel(FilingService filings, AuditService audit, IAuthorizationService authorization, Chujing.Web.Filings.Attachments.FilingAttachmentService attachments) : PageModel
{
    public FilingView Filing { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>True for the enterprise, which records its pathway's result.</summary>
    public bool CanRecordPathway => Caller.From(User).IsEnterprise;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostActAsync(string id, string action, string? note, CancellationToken ct)
    {
        var caller = Caller.From(User);
        if (!FilingNames.TryParse<FilingAction>(action, out var parsed) || parsed is FilingAction.Amend or FilingAction.Expire)
        {
            return BadRequest();
        }

        var permission = parsed == FilingAction.Submit ? Permissions.FilingsWrite : Permissions.FilingsReview;
        if (!(await authorization.AuthorizeAsync(User, permission).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var result = await filings.ActAsync(caller, id, parsed, note, null, ct).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(new { id }), problems =>
        {
            Error = FormMessages.Describe(problems, UiText.IsEnglish);
            return LoadAsync(id, ct);
        }).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostPathwayAsync(string id, string? reference, DateOnly? date, CancellationToken ct)
    {
        if (!await MayWriteAsync().ConfigureAwait(false))
        {
            return Forbid();
        }

        var result = await filings.RecordPathwayAsync(Caller.From(User), id, new PathwayRecordBody(reference, date), ct).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(new { id }), problems =>
        {
            Error = FormMessages.Describe(problems, UiText.IsEnglish);
            return LoadAsync(id, ct);
        }).ConfigureAwait(false);
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken ct)
    {
        var caller = Caller.From(User);
        var result = await filings.GetAsync(caller, id, ct).ConfigureAwait(false);
        if (result.IsSuccess && !caller.IsEnterprise)
        {
            History = await audit.QueryAsync(caller, "filing", id, 100, ct).ConfigureAwait(false);
        }

        if (result.IsSuccess)
        {
            Attachments = (await attachments.ListAsync(caller, id, ct).ConfigureAwait(false)).Value;
        }

        return await result.ToPageAsync(this, filing =>
        {
            Filing = filing;
            return Page();
        }, _ => Task.FromResult<IActionResult>(NotFound())).ConfigureAwait(false);
    }
}
