using Chujing.Domain.Detection;

namespace Chujing.Domain.Tests.Detection;

/// <summary>Detection defects found by a first user of <c>chujing scan</c>, each pinned by a test.</summary>
public sealed class DetectionRegressionTests
{
    [Theory]
    [InlineData("1985-03-12 00:00:00")]
    [InlineData("1985-03-12T00:00:00")]
    [InlineData("1985-03-12 00:00:00.000")]
    public void DateOfBirth_WithAMidnightTimePart_AsSqliteStoresIt_IsRecognised(string value) =>
        Assert.Equal(DetectorMatch.Match, new DateOfBirthDetector().Detect(value));

    [Fact]
    public void DateOfBirth_WithARealTimeOfDay_IsStillATimestamp_NotABirthDate() =>
        Assert.Equal(DetectorMatch.None, new DateOfBirthDetector().Detect("1985-03-12 08:30:00"));
}
