namespace Chujing.Persistence.Notifications;

/// <summary>
/// An e-mail waiting to be sent (the outbox): written with the notification it carries, in the same transaction, and
/// sent by a background worker that retries until <see cref="SentAt"/> or <see cref="FailedAt"/> is set. Because it
/// lives in the database, a restart loses nothing; <see cref="LockedUntil"/> keeps two nodes from sending it twice.
/// </summary>
public class MailOutboxMessage
{
    public long Id { get; set; }

    /// <summary>The notification this message carries, when it carries one.</summary>
    public long? NotificationId { get; set; }

    public Notification? Notification { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    /// <summary>Plain text, Chinese first with English beside.</summary>
    public string TextBody { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Attempts made so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not sent before this moment (after a failed attempt); null is due now.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>A worker holds the message until then.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set when the last allowed attempt failed: the message is kept, not sent again.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>What the last failed attempt said (at most 500 characters), kept after a later attempt succeeds.</summary>
    public string? LastError { get; set; }
}
