namespace Chujing.Web.Notifications;

/// <summary>The answer of <c>GET /api/notifications/unread-count</c>.</summary>
public sealed record UnreadCount(int Unread);
