using Chujing.Domain.SpotChecks;
using Chujing.Web.Access;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Localization;
using Chujing.Web.Processors;
using Chujing.Web.SpotChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Findings;

/// <summary>The findings queue: enterprises rectify (and see their rating), officers accept, reopen or escalate (and may suspend or revoke the filing); enterprises object to a finding's weight in their rating within the period, officers uphold or reject.</summary>
[Authorize(Policy = Permissions.FindingsRead)]
public sealed class IndexModel(FindingService findings, RatingService ratings, RatingObjectionService objections, ProcessorCache processors, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    /// <summary>The forms' own labels for the fields the services name.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["rootCause"] = "finding.root-cause",
        ["measures"] = "finding.measures",
        ["attachments"] = "finding.attachment",
        ["note"] = "finding.note",
        ["filingAction"] = "finding.filing-action",
        ["finding"] = "objection.finding",
        ["reason"] = "objection.reason",
    };

    /// <summary>The objection decision's reasons are labelled as on its form.</summary>
    private static readonly Dictionary<string, string> ObjectionLabels = new(StringComparer.Ordinal) { ["note"] = "objection.note" };

    public Caller Caller { get; private set; } = null!;

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    public Rating? Rating { get; private set; }

    /// <summary>The processor's USCC, for the enterprise.</summary>
    public string? Uscc { get; private set; }

    /// <summary>The enterprise's findings it may still object to, with the last day of each one's objection period.</summary>
    public IReadOnlyList<(FindingView Finding, DateOnly Until)> Contestable { get; private set; } = [];

    /// <summary>Objections to ratings the caller may see.</summary>
    public IReadOnlyList<RatingObjectionView> Objections { get; private set; } = [];

    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostRectifyAsync(string id, string? rootCause, string? measures, string? attachmentName, string? attachmentSha256, CancellationToken ct)
    {
        var attachments = string.IsNullOrWhiteSpace(attachmentName) ? null : new[] { new AttachmentBody(attachmentName, attachmentSha256?.Trim().ToLowerInvariant(), 0) };
        return ChangeAsync(Permissions.FindingsRectify, c => findings.RectifyAsync(c, id, new RectificationRequest(rootCause, measures, attachments), ct), ct);
    }

    public Task<IActionResult> OnPostDecideAsync(string id, string decision, string? note, string? filingAction, CancellationToken ct) =>
        ChangeAsync(Permissions.FindingsDecide, c => findings.DecideAsync(c, id, decision, new FindingDecisionRequest(note, decision == "escalate" && !string.IsNullOrEmpty(filingAction) ? filingAction : null), ct), ct);

    public Task<IActionResult> OnPostObjectAsync(string? finding, string? reason, CancellationToken ct) =>
        ChangeAsync(Permissions.FindingsRectify, async c =>
        {
            // Only an enterprise holds the permission; its caller always names its processor.
            if (c is not { IsEnterprise: true, ProcessorId: { } own })
            {
                return Result<RatingObjectionView>.Failure(new ForbiddenError("an enterprise objects to its own rating"));
            }

            var uscc = (await processors.GetAsync(own, ct).ConfigureAwait(false)).Uscc;
            return await objections.FileAsync(c, uscc, new ObjectionRequest(finding, reason), ct).ConfigureAwait(false);
        }, ct);

    public Task<IActionResult> OnPostObjectionAsync(string id, string decision, string? note, CancellationToken ct) =>
        decision is "uphold" or "reject"
            ? ChangeAsync(Permissions.FindingsDecide, c => objections.DecideAsync(c, id, decision, new ObjectionDecisionRequest(note), ct), ct, ObjectionLabels)
            : Task.FromResult<IActionResult>(BadRequest());

    private async Task<IActionResult> ChangeAsync<T>(string permission, Func<Caller, Task<Result<T>>> change, CancellationToken ct, IReadOnlyDictionary<string, string>? labels = null)
    {
        if (!(await authorization.AuthorizeAsync(User, permission).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var result = await change(Caller.From(User)).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(), async problems =>
        {
            Error = FormMessages.Describe(problems, UiText.IsEnglish, labels ?? Labels);
            await LoadAsync(ct).ConfigureAwait(false);
            return Page();
        }).ConfigureAwait(false);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        Findings = await findings.ListAsync(Caller, null, ct).ConfigureAwait(false);
        if (Caller is { IsEnterprise: true, ProcessorId: { } own })
        {
            Rating = await ratings.RateAsync(own, ct).ConfigureAwait(false);
            Uscc = (await processors.GetAsync(own, ct).ConfigureAwait(false)).Uscc;
        }

        Objections = await objections.ListAsync(Caller, ct).ConfigureAwait(false);
        if (Caller.IsEnterprise)
        {
            var today = Chujing.Domain.Calendar.RegulatoryCalendar.Today(time);
            Contestable = [.. Findings
                .Select(f => (Finding: f, Until: ObjectionClock.Deadline(Chujing.Domain.Calendar.RegulatoryCalendar.DayOf(f.OpenedAt), ObjectionClock.ObjectionDays, WorkingDayCalendar.China)))
                .Where(x => x.Until >= today && Objections.All(o => o.Finding != x.Finding.Id))];
        }
    }
}
