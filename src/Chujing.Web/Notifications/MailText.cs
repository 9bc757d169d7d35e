using System.Text;
using Chujing.Persistence.Notifications;

namespace Chujing.Web.Notifications;

/// <summary>The e-mail that carries a notification: Chinese first, English beside, and the link to the thing.</summary>
public static class MailText
{
    public static MailOutboxMessage For(Notification notification, string to, MailOptions mail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(mail);
        var link = (mail.PublicUrl?.TrimEnd('/') ?? string.Empty) + notification.Link;
        var body = new StringBuilder()
            .AppendLine(notification.TitleZh)
            .AppendLine(notification.BodyZh)
            .AppendLine()
            .AppendLine(notification.TitleEn)
            .AppendLine(notification.BodyEn)
            .AppendLine()
            .Append("查看 · View: ").AppendLine(link)
            .AppendLine()
            .AppendLine("—— 出境数据监管平台自动发送，请勿直接回复 · Sent by the Chujing supervision platform; do not reply.")
            .ToString();
        var subject = "[出境] " + notification.TitleZh + " · " + notification.TitleEn;
        return new MailOutboxMessage
        {
            Notification = notification,
            To = to,
            Subject = subject.Length <= 400 ? subject : subject[..399] + "…",
            TextBody = body.Length <= 4000 ? body : body[..3999] + "…",
            CreatedAt = now,
        };
    }
}
