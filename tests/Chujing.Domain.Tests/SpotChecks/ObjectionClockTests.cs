using Chujing.Domain.SpotChecks;

namespace Chujing.Domain.Tests.SpotChecks;

/// <summary>
/// The objection clocks count days as the Civil Code does (arts. 201, 203): the first day not counted, a last day on a
/// holiday or rest day moved to the next working day of the State Council's calendar; a late objection is refused in
/// Chinese and English naming the last day; an upheld objection's finding no longer counts in the rating.
/// </summary>
public sealed class ObjectionClockTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    [InlineData("2026-07-01", "2026-07-21")] // a Tuesday: as counted
    [InlineData("2026-06-01", "2026-06-22")] // 21 June is the last day of the Dragon Boat holiday: the Monday after
    [InlineData("2026-09-11", "2026-10-08")] // 1 October falls in the National Day holiday (1–7 October)
    [InlineData("2026-09-20", "2026-10-10")] // an adjusted working Saturday stays the last day
    [InlineData("2026-12-12", "2027-01-01")] // a year without a notice: weekdays only (1 January 2027 is a Friday)
    public void Deadline_TwentyDays_FirstDayNotCountedAndHolidaysRollForward(string start, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ObjectionClock.Deadline(DateOnly.Parse(start), ObjectionClock.ObjectionDays, China));

    [Fact]
    public void CheckInTime_OnTheLastDay_IsAccepted_TheDayAfter_IsRefusedSayingUntilWhen()
    {
        var notified = new DateOnly(2026, 6, 1);
        Assert.Equal(new DateOnly(2026, 6, 22), ObjectionClock.CheckInTime("FD-2026-00001", notified, new DateOnly(2026, 6, 22), China).Value);
        var late = ObjectionClock.CheckInTime("FD-2026-00001", notified, new DateOnly(2026, 6, 23), China);
        Assert.False(late.IsSuccess);
        var problem = Assert.Single(late.Diagnostics);
        Assert.Equal("finding", problem.Subject);
        Assert.StartsWith("异议期限已过", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2026-06-22", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ended on 2026-06-22", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_FindingSetAsideByAnUpheldObjection_CountsForNothing()
    {
        var day = new DateOnly(2026, 6, 1);
        var counted = new RatingFinding("FD-2026-00001", "record-missing", FindingSeverity.Serious, day, day.AddDays(29), null, false);
        var asOf = day.AddDays(3);
        var before = RatingModel.Rate([counted], [], asOf);
        var after = RatingModel.Rate([counted with { SetAside = true }], [], asOf);
        Assert.Equal(70, before.Score);
        Assert.Equal(RiskClass.C, before.Class);
        Assert.Equal(100, after.Score);
        Assert.Equal(RiskClass.A, after.Class);
        Assert.DoesNotContain(after.Reasons, r => r.Finding == counted.Id);
    }
}
