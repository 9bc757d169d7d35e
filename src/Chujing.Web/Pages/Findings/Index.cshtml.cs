using Chujing.Domain.SpotChecks;
using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Pages.SpotChecks;
using Chujing.Web.SpotChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Pages.Findings;

/// <summary>The findings queue: enterprises rectify (and see their rating), officers accept, reopen or escalate (and may suspend or revoke the filing).</summary>
[Authorize(Policy = Permissions.FindingsRead)]
public sealed class IndexModel(FindingService findings, RatingService ratings, ChujingDbContext db, IAuthorizationService authorization) : PageModel
{
    public Caller Caller { get; private set; } = null!;

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    public Rating? Rating { get; private set; }

    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostRectifyAsync(string id, string? rootCause, string? measures, string? attachmentName, string? attachmentSha256, CancellationToken ct)
    {
        var attachments = string.IsNullOrWhiteSpace(attachmentName) ? null : new[] { new AttachmentBody(attachmentName, attachmentSha256?.Trim().ToLowerInvariant(), 0) };
        return ChangeAsync(Permissions.FindingsRectify, c => findings.RectifyAsync(c, id, new RectificationRequest(rootCause, measures, attachments), ct), ct);
    }

    public Task<IActionResult> OnPostDecideAsync(string id, string decision, string? note, string? filingAction, CancellationToken ct) =>
        ChangeAsync(Permissions.FindingsDecide, c => findings.DecideAsync(c, id, decision, new FindingDecisionRequest(note, decision == "escalate" && !string.IsNullOrEmpty(filingAction) ? filingAction : null), ct), ct);

    private async Task<IActionResult> ChangeAsync(string permission, Func<Caller, Task<FindingView>> change, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, permission).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var (result, error) = await PageActions.TryAsync(() => change(Caller.From(User)), () => RedirectToPage()).ConfigureAwait(false);
        if (result is not null)
        {
            return result;
        }

        Error = error;
        await LoadAsync(ct).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        Findings = await findings.ListAsync(Caller, null, ct).ConfigureAwait(false);
        if (Caller.IsEnterprise)
        {
            var uscc = await db.Processors.Where(p => p.Id == Caller.ProcessorId).Select(p => p.Uscc).SingleAsync(ct).ConfigureAwait(false);
            Rating = await ratings.GetAsync(Caller, uscc, ct).ConfigureAwait(false);
        }
    }
}
