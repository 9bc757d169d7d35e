namespace Chujing.Web.Notifications;

/// <summary>One notification as the API and the page show it.</summary>
public sealed record NotificationView(
    long Id,
    string Kind,
    string KindLabel,
    string Subject,
    string SubjectId,
    string TitleZh,
    string TitleEn,
    string BodyZh,
    string BodyEn,
    string Link,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
