using Chujing.Domain.Diagnostics;
using Chujing.Persistence;
using Chujing.Persistence.Notifications;
using Chujing.Web.Access;
using Chujing.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Notifications;

/// <summary>The caller's own notifications: read, count, mark read. Nobody reaches another person's (404).</summary>
public sealed class NotificationService(ChujingDbContext db, TimeProvider time)
{
    /// <summary>The largest page the API serves.</summary>
    public const int MaxPageSize = 100;

    public const int DefaultPageSize = 20;

    /// <summary>Page <paramref name="page"/> (1-based) of the caller's notifications; 422 naming <c>page</c> or <c>pageSize</c> when out of range.</summary>
    public async Task<Result<NotificationPage>> PageAsync(Caller caller, bool unreadOnly, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = Lists.PageRequest.Parse(page, pageSize, DefaultPageSize, MaxPageSize);
        if (!paging.IsSuccess)
        {
            return Result<NotificationPage>.Failure(paging.Error!);
        }

        var size = paging.Value.Size;
        var number = paging.Value.Number;
        var mine = Mine(caller);
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var unread = unreadOnly ? total : await mine.CountAsync(n => n.ReadAt == null, ct).ConfigureAwait(false);
        var rows = await query.OrderByDescending(n => n.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct).ConfigureAwait(false);
        return new NotificationPage([.. rows.Select(ToView)], number, size, total, unread);
    }

    /// <summary>How many of the caller's notifications are unread (the bell).</summary>
    public Task<int> UnreadCountAsync(Caller caller, CancellationToken ct) =>
        Mine(caller).CountAsync(n => n.ReadAt == null, ct);

    /// <summary>
    /// The bell's count, or null when the database cannot answer: the layout (error pages included) shows the bell
    /// without a number rather than failing the page.
    /// </summary>
    public async Task<int?> TryUnreadCountAsync(Caller caller, CancellationToken ct)
    {
        try
        {
            return await UnreadCountAsync(caller, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Marks one of the caller's notifications read; false when it is not the caller's (or does not exist).</summary>
    public async Task<bool> MarkReadAsync(Caller caller, long id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (await Mine(caller).Where(n => n.Id == id && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct).ConfigureAwait(false) == 1)
        {
            return true;
        }

        return await Mine(caller).AnyAsync(n => n.Id == id, ct).ConfigureAwait(false);
    }

    /// <summary>Marks every unread notification of the caller read; returns how many.</summary>
    public Task<int> MarkAllReadAsync(Caller caller, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return Mine(caller).Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    private IQueryable<Notification> Mine(Caller caller) => db.Notifications.AsNoTracking().Where(n => n.UserId == caller.UserId);

    private static NotificationView ToView(Notification n) => new(
        n.Id, n.Kind, NotificationTexts.KindLabel(n.Kind, UiText.IsEnglish), n.Subject, n.SubjectId, n.TitleZh, n.TitleEn, n.BodyZh, n.BodyEn, n.Link, n.CreatedAt, n.ReadAt);
}
