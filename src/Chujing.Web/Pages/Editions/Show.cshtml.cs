using System.Text.Json;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Serialization;
using Chujing.Web.Access;
using Chujing.Web.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Editions;

/// <summary>One edition as <c>chujing catalog show</c> shows it; for the city's drafts, item edits, approvals and publication.</summary>
[Authorize(Policy = Permissions.EditionsRead)]
public sealed class ShowModel(EditionService editions, IAuthorizationService authorization) : PageModel
{
    private const int MaxEditLength = 100_000;

    public CatalogEdition Edition { get; private set; } = null!;

    public EditionListEntry Entry { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public string? ItemId { get; set; }

    [BindProperty]
    public string? ItemJson { get; set; }

    [BindProperty]
    public ApprovalRequest? Approval { get; set; }

    [BindProperty]
    public DateOnly? Effective { get; set; }

    /// <summary>The properties a regulator usually edits, as JSON to start from.</summary>
    public static string Editable(ListItem item) => JsonSerializer.Serialize(new
    {
        pathway = item.Pathway?.ToName(),
        thresholds = item.Thresholds.Select(t => new { counter = t.Counter == Counter.Personal ? "personal" : "sensitive", atLeast = t.AtLeast, below = t.Below, pathway = t.Pathway.ToName() }),
        thresholdsKnown = item.ThresholdsKnown,
    }, JsonConventions.Indented);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) => ActAsync(caller =>
    {
        if (ItemJson is not { Length: > 0 and <= MaxEditLength } text)
        {
            return Task.FromResult(Result<ItemEditResult>.Failure(Diagnostic.ForField(null, "条目属性（JSON）", $"is required, at most {MaxEditLength:N0} characters")));
        }

        var patch = ItemPatchText.Parse(text, "条目属性（JSON）");
        return patch.IsSuccess
            ? editions.PatchItemAsync(caller, Id, ItemId ?? string.Empty, patch.Value, ct)
            : Task.FromResult(Result<ItemEditResult>.Failure(patch.Error!));
    }, ct);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        ActAsync(caller => editions.RemoveItemAsync(caller, Id, ItemId ?? string.Empty, ct), ct);

    public Task<IActionResult> OnPostApprovalAsync(CancellationToken ct) =>
        ActAsync(caller => editions.RecordApprovalAsync(caller, Id, Approval ?? new ApprovalRequest(null, null, null, null), ct), ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) =>
        ActAsync(caller => editions.PublishAsync(caller, Id, new PublishRequest(Effective), ct), ct);

    private async Task<IActionResult> ActAsync<T>(Func<Caller, Task<Result<T>>> action, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.EditionsWrite).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var result = await action(Caller.From(User)).ConfigureAwait(false);
        return await result.ToPageAsync(this, _ => RedirectToPage(new { id = Id }), async problems =>
        {
            Problems = problems;
            return await LoadAsync(ct).ConfigureAwait(false) ? Page() : NotFound();
        }).ConfigureAwait(false);
    }

    /// <summary>Loads the edition; false when the caller may not see it.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        var (edition, entry) = (await editions.GetAsync(caller, Id, ct).ConfigureAwait(false), await editions.EntryAsync(caller, Id, ct).ConfigureAwait(false));
        if (!edition.IsSuccess || !entry.IsSuccess)
        {
            return false;
        }

        (Edition, Entry) = (edition.Value, entry.Value);
        CanEdit = Entry.Status == "draft" && (await authorization.AuthorizeAsync(User, Permissions.EditionsWrite).ConfigureAwait(false)).Succeeded;
        return true;
    }
}
