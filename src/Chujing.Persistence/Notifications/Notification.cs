namespace Chujing.Persistence.Notifications;

/// <summary>
/// An in-app notification (通知) to one person: a state change that concerns them, written in the same unit of work
/// as the change. Only its recipient ever reads it; <see cref="ReadAt"/> is set when they mark it read.
/// </summary>
public class Notification
{
    public long Id { get; set; }

    /// <summary>The recipient's account (Identity user id).</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>What happened, e.g. <c>filing-returned-for-correction</c>, <c>finding-opened</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The kind of thing it is about: <c>filing</c>, <c>finding</c>, <c>deviation</c>, <c>edition-notice</c>.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The id of that thing (a filing id, a finding id, a processor's USCC).</summary>
    public string SubjectId { get; set; } = string.Empty;

    public string TitleZh { get; set; } = string.Empty;

    public string TitleEn { get; set; } = string.Empty;

    public string BodyZh { get; set; } = string.Empty;

    public string BodyEn { get; set; } = string.Empty;

    /// <summary>The platform path of the thing, e.g. <c>/Filings/Details/F-2026-0001</c>.</summary>
    public string Link { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>
    /// How many occurrences the notice counts so far: a notice that is updated while unread (the deviations recorded
    /// for a processor) adds each new batch's count instead of becoming one notice per batch.
    /// </summary>
    public long Tally { get; set; } = 1;

    /// <summary>The gravest level the notice covers so far (a severity), kept to update it.</summary>
    public string? Level { get; set; }

    /// <summary>The codes the notice covers so far (deviation kinds; at most <see cref="MaxCodes"/>), kept to update it.</summary>
    public List<string> Codes { get; set; } = [];

    /// <summary>The most codes a notice keeps.</summary>
    public const int MaxCodes = 16;
}
