namespace Chujing.Web.Notifications;

/// <summary>A page of the caller's notifications, newest first, with the caller's unread count.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Page, int PageSize, int Total, int Unread);
