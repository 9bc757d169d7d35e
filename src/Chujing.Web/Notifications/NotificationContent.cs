namespace Chujing.Web.Notifications;

/// <summary>
/// What a notification says, Chinese and English, and where it leads. Validated here: the texts fit their columns
/// (longer bodies are cut with an ellipsis), the link is a path on the platform.
/// </summary>
public sealed record NotificationContent
{
    public const int MaxTitleZh = 200;
    public const int MaxTitleEn = 300;
    public const int MaxBody = 1000;

    public NotificationContent(string kind, string subject, string subjectId, string titleZh, string titleEn, string bodyZh, string bodyEn, string link)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(titleZh);
        ArgumentException.ThrowIfNullOrWhiteSpace(titleEn);
        ArgumentNullException.ThrowIfNull(subjectId);
        ArgumentNullException.ThrowIfNull(bodyZh);
        ArgumentNullException.ThrowIfNull(bodyEn);
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal) || link.Length > 300)
        {
            throw new ArgumentException("a notification links to a path on the platform (at most 300 characters)", nameof(link));
        }

        Kind = kind.Length <= 48 ? kind : throw new ArgumentException("at most 48 characters", nameof(kind));
        Subject = subject.Length <= 32 ? subject : throw new ArgumentException("at most 32 characters", nameof(subject));
        SubjectId = Cut(subjectId, 64);
        TitleZh = Cut(titleZh, MaxTitleZh);
        TitleEn = Cut(titleEn, MaxTitleEn);
        BodyZh = Cut(bodyZh, MaxBody);
        BodyEn = Cut(bodyEn, MaxBody);
        Link = link;
    }

    public string Kind { get; }

    public string Subject { get; }

    public string SubjectId { get; }

    public string TitleZh { get; }

    public string TitleEn { get; }

    public string BodyZh { get; }

    public string BodyEn { get; }

    public string Link { get; }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
