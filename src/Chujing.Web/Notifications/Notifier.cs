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

    private void Stage(IReadOnlyList<Recipient> recipients, NotificationContent content)
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
