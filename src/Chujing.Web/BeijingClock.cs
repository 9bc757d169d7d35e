namespace Chujing.Web;

/// <summary>
/// The platform's calendar is China Standard Time (UTC+8, no daylight saving): filing ids, validity days and the
/// calendar year the cumulative counts run over all follow it, whatever the server's own zone.
/// </summary>
public static class BeijingClock
{
    /// <summary>UTC+8.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The current instant in UTC+8.</summary>
    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    /// <summary>Today's date in Beijing.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>The calendar year of <paramref name="instant"/> in Beijing.</summary>
    public static int YearOf(DateTimeOffset instant) => instant.ToOffset(Offset).Year;
}
