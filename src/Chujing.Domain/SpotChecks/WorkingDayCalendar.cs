using System.Globalization;
using System.Text.Json;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// Working days in mainland China: Monday to Friday, less the public holidays, plus the adjusted working days
/// (调休上班), as the State Council General Office's yearly notice sets them (data: <c>china-holidays.json</c>, one
/// entry per year with its notice). A year without a notice is not guessed: a deadline that reaches it is counted on
/// weekdays alone and marked provisional. Immutable and thread-safe.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    private WorkingDayCalendar(IReadOnlyList<HolidayYear> years)
    {
        Years = years;
        _holidays = [.. years.SelectMany(y => y.Holidays)];
        _workdays = [.. years.SelectMany(y => y.Workdays)];
    }

    /// <summary>The shipped calendar.</summary>
    public static WorkingDayCalendar China { get; } = Load();

    /// <summary>The years known, each with the notice it comes from.</summary>
    public IReadOnlyList<HolidayYear> Years { get; }

    /// <summary>True when the year's notice is encoded.</summary>
    public bool Knows(int year) => Years.Any(y => y.Year == year);

    /// <summary>True when <paramref name="day"/> is a working day (for an unknown year: a weekday).</summary>
    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (!_holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>
    /// The day on which a period of <paramref name="days"/> working days that starts after <paramref name="start"/>
    /// ends (the notice day itself does not count); provisional when it crosses a year the calendar does not know.
    /// </summary>
    public WorkingDayDeadline AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 3650);
        var day = start;
        var provisional = false;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            provisional |= !Knows(day.Year);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return new WorkingDayDeadline(day, provisional);
    }

    /// <summary>Working days from the day after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private static WorkingDayCalendar Load()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream("Chujing.Domain.SpotChecks.china-holidays.json")
            ?? throw new InvalidOperationException("The holiday calendar is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var years = new List<HolidayYear>();
        foreach (var entry in document.RootElement.GetProperty("years").EnumerateArray())
        {
            var holidays = new List<DateOnly>();
            foreach (var range in entry.GetProperty("holidays").EnumerateArray())
            {
                for (var day = Date(range[0]); day <= Date(range[1]); day = day.AddDays(1))
                {
                    holidays.Add(day);
                }
            }

            years.Add(new HolidayYear(
                entry.GetProperty("year").GetInt32(),
                entry.GetProperty("notice").GetString()!,
                entry.GetProperty("source").GetString()!,
                holidays,
                [.. entry.GetProperty("workdays").EnumerateArray().Select(Date)]));
        }

        return new WorkingDayCalendar(years);
    }

    private static DateOnly Date(JsonElement element) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
