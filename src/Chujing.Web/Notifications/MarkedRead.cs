namespace Chujing.Web.Notifications;

/// <summary>The answer of <c>POST /api/notifications/read-all</c>: how many were unread.</summary>
public sealed record MarkedRead(int Marked);
