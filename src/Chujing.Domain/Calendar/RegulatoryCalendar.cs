namespace Chujing.Domain.Calendar;

/// <summary>
/// "Today" for the law: China Standard Time (UTC+8, no daylight saving), whatever the machine's own zone. The
/// national rules in force, the calendar year the cumulative counts run over (art. 7: since 1 January), filing ids and
/// validity days, and the age of a resident ID's holder all follow it, in the CLI, the platform and the scanner alike.
/// </summary>
public static class RegulatoryCalendar
{
    /// <summary>UTC+8.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The current instant in China Standard Time.</summary>
    public static DateTimeOffset Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().ToOffset(Offset);
    }

    /// <summary>Today's date in China Standard Time.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>The Beijing calendar day of <paramref name="instant"/>: the day whose rules govern it.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The calendar year of <paramref name="instant"/> in China Standard Time.</summary>
    public static int YearOf(DateTimeOffset instant) => instant.ToOffset(Offset).Year;

    /// <summary><paramref name="instant"/> as China Standard Time, for display.</summary>
    public static DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(Offset);
}
