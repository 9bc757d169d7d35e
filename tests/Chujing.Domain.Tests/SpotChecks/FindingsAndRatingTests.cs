using Chujing.Domain.SpotChecks;

namespace Chujing.Domain.Tests.SpotChecks;

public sealed class FindingsAndRatingTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Aggregate_ThreeMajors_AreSerious() =>
        Assert.Equal(FindingSeverity.Serious, SeverityAggregation.Aggregate([FindingSeverity.Major, FindingSeverity.Major, FindingSeverity.Major]).Severity);

    [Fact]
    public void Aggregate_TwoMajors_AreMajor() =>
        Assert.Equal(FindingSeverity.Major, SeverityAggregation.Aggregate([FindingSeverity.Major, FindingSeverity.General, FindingSeverity.Major]).Severity);

    [Fact]
    public void Aggregate_ThreeGenerals_AreMajor() =>
        Assert.Equal(FindingSeverity.Major, SeverityAggregation.Aggregate([FindingSeverity.General, FindingSeverity.General, FindingSeverity.General]).Severity);

    [Fact]
    public void Aggregate_Nothing_IsClean() => Assert.Null(SeverityAggregation.Aggregate([]).Severity);

    [Fact]
    public void Of_RecordMissing_IsSeriousAndPlatformPolicy()
    {
        var (severity, basis) = FindingKinds.Of(FindingKinds.RecordMissing);
        Assert.Equal(FindingSeverity.Serious, severity);
        Assert.StartsWith("platform-policy", basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_NoHistory_IsAWithFullScore()
    {
        var rating = RatingModel.Rate([], [], Today);
        Assert.Equal(RiskClass.A, rating.Class);
        Assert.Equal(100, rating.Score);
        Assert.Equal(RatingModel.Version, rating.Model);
        Assert.Empty(rating.Reasons);
    }

    [Fact]
    public void Rate_OpenSeriousFinding_IsCappedAtCWithAReasonAndAWayUp()
    {
        var finding = new RatingFinding("FD-1", FindingKinds.RecordMissing, FindingSeverity.Serious, Today.AddDays(-3), Today.AddDays(25), null, false);
        var rating = RatingModel.Rate([finding], [new RatingCheck("SC-1", Today.AddDays(-3), FindingSeverity.Serious)], Today);
        Assert.Equal(70, rating.Score);
        Assert.Equal(RiskClass.C, rating.Class);
        Assert.Equal("FD-1", rating.Reasons[0].Finding);
        Assert.Equal(-30, rating.Reasons[0].Points);
        Assert.Contains(rating.Raise, r => r.Contains("re-check", StringComparison.Ordinal));
    }

    [Fact]
    public void Rate_PolicyBasis_NamesTheRatingPolicyByLabelNotItsId()
    {
        // Regression: the English side read "platform-policy (chujing-rating/2026.1)", an id where a person reads.
        var open = new RatingFinding("FD-1", FindingKinds.RecordMissing, FindingSeverity.Serious, Today.AddDays(-3), Today.AddDays(25), null, false);
        var closed = new RatingFinding("FD-2", "field-not-filed", FindingSeverity.Major, Today.AddDays(-90), Today.AddDays(-60), Today.AddDays(-70), false);
        var rating = RatingModel.Rate([open, closed], [new RatingCheck("SC-1", Today.AddDays(-200), null)], Today);
        Assert.Equal(3, rating.Reasons.Count);
        Assert.All(rating.Reasons, r =>
        {
            Assert.Contains("平台评级政策（2026.1 版）", r.Basis, StringComparison.Ordinal);
            Assert.Contains("the platform's rating policy, version 2026.1", r.Basis, StringComparison.Ordinal);
            Assert.DoesNotContain("platform-policy", r.Basis, StringComparison.Ordinal);
            Assert.DoesNotContain(RatingModel.Version, r.Basis, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Rate_OverdueAndEscalated_DeductMore()
    {
        var finding = new RatingFinding("FD-2", "field-not-filed", FindingSeverity.Major, Today.AddDays(-60), Today.AddDays(-10), null, true);
        var rating = RatingModel.Rate([finding], [], Today);
        Assert.Equal(100 - 15 - 10 - 20, rating.Score);
        Assert.Equal(RiskClass.C, rating.Class);
        Assert.Equal("open-overdue", rating.Reasons[0].Code);
    }

    [Fact]
    public void Rate_ClosedOnTime_LingersAFifthForAYear()
    {
        var finding = new RatingFinding("FD-3", "field-not-filed", FindingSeverity.Major, Today.AddDays(-60), Today.AddDays(-10), Today.AddDays(-20), false);
        Assert.Equal(97, RatingModel.Rate([finding], [], Today).Score);
        Assert.Equal(100, RatingModel.Rate([finding], [], Today.AddDays(400)).Score);
    }

    [Fact]
    public void Rate_TwoNonconformingOfLastFive_Tightens()
    {
        var checks = new[]
        {
            new RatingCheck("SC-1", Today.AddDays(-400), FindingSeverity.General),
            new RatingCheck("SC-2", Today.AddDays(-200), FindingSeverity.General),
            new RatingCheck("SC-3", Today.AddDays(-100), null),
        };
        var rating = RatingModel.Rate([], checks, Today);
        Assert.Equal("tightened", rating.State);
        Assert.Equal(RiskClass.C, rating.Class);
    }

    [Fact]
    public void Rate_FiveCleanChecks_Relax()
    {
        var lingering = new RatingFinding("FD-4", "field-not-filed", FindingSeverity.Serious, Today.AddDays(-300), Today.AddDays(-270), Today.AddDays(-200), false);
        var checks = Enumerable.Range(1, 5).Select(i => new RatingCheck($"SC-{i}", Today.AddDays(-40 * i), null)).ToArray();
        var another = new RatingFinding("FD-6", "field-not-filed", FindingSeverity.Major, Today.AddDays(-300), Today.AddDays(-270), Today.AddDays(-200), false);
        // 100 − 15 (closed late: half of 30) − 8 (half of 15) + 10 (five clean checks) = 87 → B, relaxed to A.
        var rating = RatingModel.Rate([lingering, another], checks, Today);
        Assert.Equal(87, rating.Score);
        Assert.Equal("reduced", rating.State);
        Assert.Equal(RiskClass.A, rating.Class);
    }

    [Fact]
    public void Rate_SameInputs_Replay()
    {
        var finding = new RatingFinding("FD-5", "recipient-not-filed", FindingSeverity.Major, Today.AddDays(-3), Today.AddDays(25), null, false);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(RatingModel.Rate([finding], [], Today)), System.Text.Json.JsonSerializer.Serialize(RatingModel.Rate([finding], [], Today)));
    }
}
