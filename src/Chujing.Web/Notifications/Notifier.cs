using Chujing.Persistence;
using Chujing.Persistence.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Notifications;

/// <summary>
/// Adds notifications, and their e-mails when SMTP is configured, to the caller's unit of work: they are committed
/// with the state change they describe, or not at all. Recipients are the accounts of a processor (its enterprise
/// users) or of a zone group (its officers).
/// </summary>
public sealed class Notifier(ChujingDbContext db, MailOptions mail, MailSignal signal, TimeProvider time)
{
    private bool _wakeOnSave;

    /// <summary>Every enterprise user of processor <paramref name="processorId"/>.</summary>
    public async Task ToProcessorAsync(int processorId, NotificationContent content, CancellationToken ct) =>
        Stage(await db.Users.AsNoTracking().Where(u => u.ProcessorId == processorId).OrderBy(u => u.Id)
            .Select(u => new Recipient(u.Id, u.Email)).ToListAsync(ct).ConfigureAwait(false), content);

    /// <summary>Every officer of zone group <paramref name="zoneGroupId"/>.</summary>
    public async Task ToZoneGroupAsync(string zoneGroupId, NotificationContent content, CancellationToken ct) =>
        Stage(await db.Users.AsNoTracking().Where(u => u.ZoneGroupId == zoneGroupId).OrderBy(u => u.Id)
            .Select(u => new Recipient(u.Id, u.Email)).ToListAsync(ct).ConfigureAwait(false), content);

    /// <summary>
    /// Every enterprise user of processor <paramref name="processorId"/> and every officer of its zone group, with a
    /// notice that is updated while unread: a recipient who has not read the previous notice of the same kind about
    /// the same subject has that one updated — <paramref name="merge"/> adds <paramref name="tally"/> to what it
    /// counted, <paramref name="content"/> words the sum — and gets no second e-mail. A gateway reporting a batch every
    /// second thus leaves one notice that keeps count, not one notice (and one e-mail) per batch.
    /// </summary>
    public async Task AccumulateAsync(
        int processorId,
        string zoneGroupId,
        NotificationTally tally,
        Func<NotificationTally, NotificationContent> content,
        Func<NotificationTally, NotificationTally, NotificationTally> merge,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(merge);
        var fresh = content(tally);
        var recipients = await db.Users.AsNoTracking().Where(u => u.ProcessorId == processorId || u.ZoneGroupId == zoneGroupId).OrderBy(u => u.Id)
            .Select(u => new Recipient(u.Id, u.Email)).ToListAsync(ct).ConfigureAwait(false);
        var ids = recipients.Select(r => r.Id).ToList();
        var unread = await db.Notifications
            .Where(n => ids.Contains(n.UserId) && n.ReadAt == null && n.Kind == fresh.Kind && n.SubjectId == fresh.SubjectId && n.Level != null)
            .ToListAsync(ct).ConfigureAwait(false);
        var latest = unread.GroupBy(n => n.UserId).ToDictionary(g => g.Key, g => g.MaxBy(n => n.Id)!, StringComparer.Ordinal);
        foreach (var recipient in recipients)
        {
            if (!latest.TryGetValue(recipient.Id, out var previous))
            {
                Stage([recipient], fresh, tally);
                continue;
            }

            var sum = merge(new NotificationTally(previous.Tally, previous.Level, previous.Codes), tally);
            var text = content(sum);
            previous.TitleZh = text.TitleZh;
            previous.TitleEn = text.TitleEn;
            previous.BodyZh = text.BodyZh;
            previous.BodyEn = text.BodyEn;
            previous.Link = text.Link;
            Keep(previous, sum);
        }
    }

    private static void Keep(Notification notification, NotificationTally? tally)
    {
        if (tally is not null)
        {
            notification.Tally = tally.Count;
            notification.Level = tally.Level;
            notification.Codes = [.. tally.Codes];
        }
    }

    private void Stage(IReadOnlyList<Recipient> recipients, NotificationContent content, NotificationTally? tally = null)
    {
        var now = time.GetUtcNow();
        foreach (var recipient in recipients)
        {
            var notification = new Notification
            {
                UserId = recipient.Id,
                Kind = content.Kind,
                Subject = content.Subject,
                SubjectId = content.SubjectId,
                TitleZh = content.TitleZh,
                TitleEn = content.TitleEn,
                BodyZh = content.BodyZh,
                BodyEn = content.BodyEn,
                Link = content.Link,
                CreatedAt = now,
            };
            Keep(notification, tally);
            db.Notifications.Add(notification);
            if (mail.IsConfigured && recipient.Email is { Length: > 0 and <= 256 } email)
            {
                db.MailOutbox.Add(MailText.For(notification, email, mail, now));
                WakeSenderOnSave();
            }
        }
    }

    private void WakeSenderOnSave()
    {
        if (!_wakeOnSave)
        {
            _wakeOnSave = true;
            db.SavedChanges += (_, _) => signal.Wake();
        }
    }

    private sealed record Recipient(string Id, string? Email);
}
