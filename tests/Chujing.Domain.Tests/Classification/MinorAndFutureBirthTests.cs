using Chujing.Domain.Classification;
using Chujing.Domain.Detection;

namespace Chujing.Domain.Tests.Classification;

/// <summary>Birth dates inside resident IDs, judged on the scan's date: none in the future, and minors under 14 sensitive.</summary>
public sealed class MinorAndFutureBirthTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    [Fact]
    public void ResidentId_WithAFutureBirthDate_IsNotAValidId()
    {
        var future = Id("20310101");
        Assert.Equal(DetectorMatch.Match, new ResidentIdDetector().Detect(future));
        Assert.Equal(DetectorMatch.None, new ResidentIdDetector(AsOf).Detect(future));
        Assert.Equal(DetectorMatch.Match, new ResidentIdDetector(AsOf).Detect(Id("20261127")));
        Assert.Equal(DetectorMatch.None, new ResidentIdDetector(AsOf).Detect(Id("20261128")));
    }

    [Fact]
    public void Scan_ColumnOfFutureBirthIds_IsNotReportedAsResidentIds()
    {
        var report = Scan([Id("20310101"), Id("20300505"), Id("20291212")]);
        Assert.Empty(report.Types);
    }

    [Fact]
    public void Scan_ResidentIdsOfMinorsUnder14_MarkTheColumnSensitive_AndSayWhy()
    {
        var report = Scan([Id("19800101"), Id("20150601"), Id("19900101"), Id("20121128")]);
        var type = Assert.Single(report.Types);
        Assert.Equal("cn-resident-id", type.Type);
        Assert.True(report.Sensitive);
        Assert.Contains("2 of minors under 14 on 2026-11-27", type.Rule, StringComparison.Ordinal);
        Assert.Contains("GB/T 45574", type.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_ResidentIdsOfPersonsAged14OrMore_StayNotSensitive()
    {
        // 2012-11-27 turns 14 on the scan's date.
        var report = Scan([Id("19800101"), Id("20121127"), Id("19900101")]);
        Assert.False(report.Sensitive);
        Assert.DoesNotContain("minors", report.Types[0].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_WithoutADate_ChecksNeitherFutureNorMinors()
    {
        var report = Scan([Id("20150601"), Id("20310101")], dated: false);
        Assert.Equal("cn-resident-id", report.Types[0].Type);
        Assert.False(report.Sensitive);
    }

    /// <summary>A valid 18-character resident ID of Beijing Chaoyang born on <paramref name="yyyymmdd"/>.</summary>
    internal static string Id(string yyyymmdd)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var body = "110105" + yyyymmdd + "123";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    private static ColumnReport Scan(string[] ids, bool dated = true)
    {
        IReadOnlyList<IReadOnlyList<string?>> rows = [.. ids.Select(id => (IReadOnlyList<string?>)[id])];
        var plan = ColumnClassifier.Plan(["身份证号"], rows, new ScanOptions { AsOf = dated ? AsOf : null }, new PersonKeyHasher(new byte[16]));
        var tally = plan.CreateTally(null);
        foreach (var row in rows)
        {
            plan.ProcessRow(new StringRowCells(row), tally);
        }

        return plan.Report(tally)[0];
    }
}
