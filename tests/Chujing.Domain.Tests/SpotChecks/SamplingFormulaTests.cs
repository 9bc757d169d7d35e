using Chujing.Domain.SpotChecks;

namespace Chujing.Domain.Tests.SpotChecks;

/// <summary>Discovery sampling and attribute plans against worked examples (SUPERVISION-ANCHORS §2.2–2.4).</summary>
public sealed class SamplingFormulaTests
{
    [Theory]
    [InlineData(200, 2, 155)]
    [InlineData(200, 10, 51)]
    [InlineData(1000, 10, 258)]
    [InlineData(1000, 50, 57)]
    [InlineData(50, 1, 48)]
    public void SampleSize_WorkedExamplesAt95Percent_MatchTheirSizes(long population, long deviating, long expected) =>
        Assert.Equal(expected, DiscoverySampling.SampleSize(population, deviating, 0.95));

    [Fact]
    public void DetectionProbability_OneFewerThanTheSize_IsBelowTheConfidence()
    {
        Assert.True(DiscoverySampling.DetectionProbability(1000, 10, 258) >= 0.95);
        Assert.True(DiscoverySampling.DetectionProbability(1000, 10, 257) < 0.95);
    }

    [Fact]
    public void DetectableDeviating_OfThe258Plan_IsTen() =>
        Assert.Equal(10, DiscoverySampling.DetectableDeviating(1000, 258, 0.95));

    [Fact]
    public void DeviatingAt_OnePercentOfAThousand_IsTen() => Assert.Equal(10, DiscoverySampling.DeviatingAt(1000, 0.01));

    [Fact]
    public void ProducerRisk_Iso2859Part4Example_IsAbout5Percent()
    {
        // ISO 2859-4 worked example: DQL 0.65%, n = 127, c = 2; recomputed P(d > 2) = 5.06%.
        Assert.Equal(0.0506, AttributeSampling.ProducerRisk(127, 2, 0.0065), 4);
    }

    [Fact]
    public void LimitingQuality_Iso2859Part4Example_Is4Point14PercentAndLqrAbout6Point4()
    {
        var limiting = AttributeSampling.LimitingQuality(127, 2, 0.10);
        Assert.Equal(0.0414, limiting, 4);
        Assert.Equal(6.4, limiting / 0.0065, 1);
    }

    [Theory]
    [InlineData(0.02, 0.05, 149)]
    [InlineData(0.05, 0.05, 59)]
    [InlineData(0.10, 0.05, 29)]
    [InlineData(0.20, 0.05, 14)]
    [InlineData(0.05, 0.10, 45)]
    [InlineData(0.10, 0.10, 22)]
    public void SampleSize_AicpaTableRowsWithNoExpectedDeviation_MatchTheTable(double tolerable, double risk, long expected) =>
        Assert.Equal(expected, AttributeSampling.SampleSize(tolerable, risk));

    [Theory]
    [InlineData(0.05, 93)]
    [InlineData(0.10, 46)]
    public void SampleSize_AicpaWithOnePercentExpected_MatchesTheTable(double tolerable, long expected) =>
        Assert.Equal(expected, AttributeSampling.SampleSize(tolerable, 0.05, 0.01));
}
