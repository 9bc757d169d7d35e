using Chujing.Domain.SpotChecks;

namespace Chujing.Domain.Tests.SpotChecks;

/// <summary>Against the State Council notices for 2024 (国办发明电〔2023〕7号), 2025 (国办发明电〔2024〕12号) and 2026.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2026-02-16", false)] // 春节
    [InlineData("2026-02-14", true)]  // Saturday, adjusted working day
    [InlineData("2026-02-28", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-08", true)]  // the 2026 National Day holiday ends on 7 October
    [InlineData("2025-10-08", false)] // 2025: National Day and Mid-Autumn together, 1–8 October
    [InlineData("2025-09-28", true)]  // Sunday worked in 2025
    [InlineData("2024-02-18", true)]  // Sunday worked in 2024
    [InlineData("2024-09-16", false)] // 中秋 2024
    [InlineData("2026-12-05", false)] // an ordinary Saturday
    public void IsWorkingDay_NoticeDays_FollowTheNotice(string day, bool working) =>
        Assert.Equal(working, China.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AddWorkingDays_TwentyFromBeforeTheSpringFestival_SkipsTheHolidayAndCountsTheSaturday()
    {
        // From Monday 2026-02-09: 10–13 Feb (4), Sat 14 Feb (5), holiday 15–23, 24–27 Feb (9), Sat 28 Feb (10),
        // 2–6 Mar (15), 9–13 Mar (20).
        var deadline = China.AddWorkingDays(new DateOnly(2026, 2, 9), 20);
        Assert.Equal(new DateOnly(2026, 3, 13), deadline.Day);
        Assert.False(deadline.Provisional);
    }

    [Fact]
    public void AddWorkingDays_IntoAYearWithoutANotice_IsProvisional()
    {
        var deadline = China.AddWorkingDays(new DateOnly(2026, 12, 20), 20);
        Assert.True(deadline.Provisional);
        Assert.Equal(2027, deadline.Day.Year);
    }

    [Fact]
    public void Years_EachCarriesItsNotice()
    {
        Assert.Equal([2024, 2025, 2026], China.Years.Select(y => y.Year));
        Assert.Contains("国办发明电〔2023〕7号", China.Years[0].Notice, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2024〕12号", China.Years[1].Notice, StringComparison.Ordinal);
        Assert.False(China.Knows(2027));
    }

    [Fact]
    public void WorkingDaysBetween_InverseOfAdd() =>
        Assert.Equal(20, China.WorkingDaysBetween(new DateOnly(2026, 2, 9), new DateOnly(2026, 3, 13)));
}
