using Chujing.Domain.Detection;

namespace Chujing.Domain.Tests.Detection;

public sealed class DetectorSampleTests
{
    public static TheoryData<string> DetectorIds()
    {
        var data = new TheoryData<string>();
        foreach (var detector in DetectorSet.All)
        {
            data.Add(detector.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DetectorIds))]
    public void Detect_EverySample_GivesItsDeclaredOutcome(string id)
    {
        var detector = DetectorSet.Find(id)!;
        Assert.NotEmpty(detector.MustMatch);
        Assert.NotEmpty(detector.MustNotMatch);
        var wrong = new List<string>();
        foreach (var sample in detector.MustMatch)
        {
            Expect(sample, DetectorMatch.Match);
        }

        foreach (var sample in detector.MustNotMatch)
        {
            Expect(sample, DetectorMatch.None);
        }

        foreach (var sample in detector.MustBeSuspect)
        {
            Expect(sample, DetectorMatch.Suspect);
        }

        Assert.True(wrong.Count == 0, id + ": " + string.Join("; ", wrong));

        void Expect(string sample, DetectorMatch expected)
        {
            var actual = detector.Detect(sample);
            if (actual != expected)
            {
                wrong.Add($"'{sample}' gave {actual}, expected {expected}");
            }
        }
    }

    [Fact]
    public void All_TypeIds_AreUniqueAndClassedInTheSensitivityTable()
    {
        var ids = DetectorSet.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var id in ids)
        {
            Assert.NotNull(SensitivityTable.Default.Find(id));
        }
    }

    [Fact]
    public void SensitivityTable_Default_ClassesFinancialAccountsAndLocationAsSensitiveAndTheIdNumberAloneAsNot()
    {
        Assert.True(SensitivityTable.Default.IsSensitive("bank-card"));
        Assert.True(SensitivityTable.Default.IsSensitive("geo-coordinate"));
        Assert.False(SensitivityTable.Default.IsSensitive("cn-resident-id"));
        Assert.False(SensitivityTable.Default.Find("uscc")!.Personal);
    }

    [Fact]
    public void SensitivityTable_Parse_OverridesOneTypeAndKeepsTheRest()
    {
        var table = SensitivityTable.Parse("""{"types": {"cn-resident-id": {"sensitive": true}}}""", "mine.json", SensitivityTable.Default).Value;
        Assert.True(table.IsSensitive("cn-resident-id"));
        Assert.True(table.IsSensitive("bank-card"));
    }

    [Fact]
    public void SensitivityTable_Parse_MissingSensitiveFlag_NamesTheField()
    {
        var result = SensitivityTable.Parse("""{"types": {"email": {}}}""", "mine.json");
        Assert.False(result.IsSuccess);
        Assert.Equal("types.email.sensitive", result.Diagnostics[0].Subject);
    }

    [Theory]
    [InlineData("cn-resident-id", "11010519491231002x", "11010519491231002X")]
    [InlineData("cn-mobile", "+86 138-0013-8000", "13800138000")]
    [InlineData("email", "Zhang.San@Example.COM", "zhang.san@example.com")]
    [InlineData("bank-card", "6222 0212 3456 7890 128", "6222021234567890128")]
    public void Canonicalize_TwoWritingsOfOneIdentifier_GiveOneKey(string id, string value, string expected)
    {
        var detector = DetectorSet.Find(id)!;
        var buffer = new char[64];
        var length = detector.Canonicalize(value, buffer);
        Assert.Equal(expected, new string(buffer, 0, length));
    }
}
