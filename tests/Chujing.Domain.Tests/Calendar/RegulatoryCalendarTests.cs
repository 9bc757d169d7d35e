using Chujing.Domain.Calendar;

namespace Chujing.Domain.Tests.Calendar;

/// <summary>"Today" for the law is the date in China Standard Time, whatever the machine's zone.</summary>
public sealed class RegulatoryCalendarTests
{
    [Theory]
    [InlineData("2026-06-01T15:59:59Z", "2026-06-01")]
    [InlineData("2026-06-01T16:00:00Z", "2026-06-02")]
    [InlineData("2025-12-31T16:00:00Z", "2026-01-01")]
    public void Today_AnInstantInUtc_IsTheBeijingDate_EvenWhenTheLocalZoneIsUtc(string utc, string expected)
    {
        var time = new LocalUtcClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RegulatoryCalendar.Today(time));
    }

    [Fact]
    public void YearOf_NewYearsEveAfterFourPmUtc_IsTheNextYear() =>
        Assert.Equal(2027, RegulatoryCalendar.YearOf(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero)));

    private sealed class LocalUtcClock(DateTimeOffset now) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
