using Chujing.Web.Access;
using Chujing.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Notifications;

/// <summary>The caller's notifications, newest first, 20 a page; mark one or all read.</summary>
[Authorize(Policy = Permissions.Notifications)]
public sealed class IndexModel(NotificationService notifications) : PageModel
{
    public NotificationPage Notifications { get; private set; } = new([], 1, NotificationService.DefaultPageSize, 0, 0);

    /// <summary>Pages there are.</summary>
    public int PageCount => Math.Max(1, (Notifications.Total + Notifications.PageSize - 1) / Notifications.PageSize);

    /// <summary>The query parameter of the page number.</summary>
    public string PageParameter => "p";

    [BindProperty(SupportsGet = true, Name = "unread")]
    public bool UnreadOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? Number { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        var first = await notifications.PageAsync(caller, UnreadOnly, 1, null, ct).ConfigureAwait(false);
        var count = Math.Max(1, (first.Value.Total + first.Value.PageSize - 1) / first.Value.PageSize);
        var number = Math.Clamp(Number ?? 1, 1, count);
        Notifications = number == 1 ? first.Value : (await notifications.PageAsync(caller, UnreadOnly, number, null, ct).ConfigureAwait(false)).Value;
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct) =>
        await notifications.MarkReadAsync(Caller.From(User), id, ct).ConfigureAwait(false)
            ? RedirectToPage(new { unread = UnreadOnly ? "true" : null, p = Number })
            : NotFound();

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await notifications.MarkAllReadAsync(Caller.From(User), ct).ConfigureAwait(false);
        return RedirectToPage();
    }
}
