using Chujing.Persistence.Notifications;

namespace Chujing.Web.Notifications;

/// <summary>
/// What an updatable notice counts so far: how many occurrences, the gravest level and the codes they had (at most
/// <see cref="Notification.MaxCodes"/>, ordered).
/// </summary>
public sealed record NotificationTally
{
    public NotificationTally(long count, string? level, IEnumerable<string> codes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(codes);
        Count = count;
        Level = level;
        Codes = [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(Notification.MaxCodes)];
    }

    public long Count { get; }

    public string? Level { get; }

    public IReadOnlyList<string> Codes { get; }
}
