using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>Every boundary of the national bands (arts. 5(4), 7, 8) for a processor that is not a CIIO.</summary>
public sealed class NationalRulesTests
{
    [Theory]
    [InlineData(1, 0, Pathway.Exempt, "art5-4-under-100000")]
    [InlineData(99_999, 0, Pathway.Exempt, "art5-4-under-100000")]
    [InlineData(100_000, 0, Pathway.StandardContractOrCertification, "art8-standard-contract-or-certification")]
    [InlineData(999_999, 0, Pathway.StandardContractOrCertification, "art8-standard-contract-or-certification")]
    [InlineData(1_000_000, 0, Pathway.SecurityAssessment, "art7-2-security-assessment")]
    [InlineData(0, 1, Pathway.StandardContractOrCertification, "art8-standard-contract-or-certification")]
    [InlineData(0, 9_999, Pathway.StandardContractOrCertification, "art8-standard-contract-or-certification")]
    [InlineData(0, 10_000, Pathway.SecurityAssessment, "art7-2-security-assessment")]
    [InlineData(99_999, 9_999, Pathway.StandardContractOrCertification, "art8-standard-contract-or-certification")]
    [InlineData(50_000, 10_000, Pathway.SecurityAssessment, "art7-2-security-assessment")]
    public void Assess_NonCiioAtBoundary_GivesPathwayAndCitesDecidingArticle(long personal, long sensitive, Pathway expected, string rule)
    {
        var result = Assess(National(personal, sensitive));

        Assert.Equal(expected, result.Pathway);
        var deciding = Assert.Single(result.Basis, b => b.Rule == rule);
        Assert.Equal(expected, deciding.Pathway);
        Assert.Contains("《促进和规范数据跨境流动规定》", deciding.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NobodySentAndNoImportantData_IsExemptWithABasis()
    {
        var result = Assess(National(0, 0));

        Assert.Equal(Pathway.Exempt, result.Pathway);
        Assert.Equal("no-regulated-data", Assert.Single(result.Basis).Rule);
    }

    [Fact]
    public void Assess_SmallVolumeWithOneSensitivePerson_NeedsContractForTheSensitivePart()
    {
        var result = Assess(National(50_000, 1));

        Assert.Equal(Pathway.StandardContractOrCertification, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "art5-4-under-100000" && b.Pathway == Pathway.Exempt);
        Assert.Contains(result.Basis, b => b.Rule == "art8-standard-contract-or-certification");
    }

    [Theory]
    [InlineData(0, 0, 100_000, 99_999)]
    [InlineData(99_999, 0, 100_000, 0)]
    [InlineData(100_000, 0, 1_000_000, 899_999)]
    [InlineData(999_999, 9_999, 1_000_000, 0)]
    public void Assess_Headroom_CountsPersonsLeftBeforeTheNextBand(long personal, long sensitive, long personalNext, long personalRemaining)
    {
        var headroom = Assess(National(personal, sensitive)).Headroom;

        Assert.Equal(personalNext, headroom.Personal.Next);
        Assert.Equal(personalRemaining, headroom.Personal.Remaining);
        var sensitiveNext = sensitive == 0 ? 1 : 10_000;
        Assert.Equal(sensitiveNext, headroom.Sensitive.Next);
        Assert.Equal(sensitiveNext - sensitive - 1, headroom.Sensitive.Remaining);
    }

    [Fact]
    public void Assess_AtTheStrictestBand_HasNoNextThreshold()
    {
        var headroom = Assess(National(2_000_000, 20_000)).Headroom;

        Assert.Null(headroom.Personal.Next);
        Assert.Null(headroom.Sensitive.Remaining);
        Assert.Equal(Pathway.SecurityAssessment, headroom.Personal.Pathway);
    }

    [Fact]
    public void Assess_StandardContract_ReportsTheTenWorkingDayFilingAndPersonalInformationDuties()
    {
        var result = Assess(National(150_000, 0));

        Assert.Contains(result.Duties, d => d.Id == "sc-filing-10-working-days");
        Assert.Contains(result.Duties, d => d.Id == "art10-pipia");
        Assert.Contains(result.Duties, d => d.Id == "art10-separate-consent");
    }

    [Fact]
    public void Assess_SecurityAssessment_ReportsTheThreeYearValidity()
    {
        var result = Assess(National(1_000_000, 0));

        Assert.Contains(result.Duties, d => d.Id == "art9-assessment-validity");
        var rule = Catalogs.Find("cn-national/2024")!.Rules.Single(r => r.Id == "art9-assessment-validity");
        Assert.Equal(new Period(3, PeriodUnit.Years), rule.Period);
        Assert.Equal(new Period(60, PeriodUnit.WorkingDays), rule.ExtensionWindow);
    }

    [Fact]
    public void Assess_StampsTheNationalEditionIdAndHash()
    {
        var stamp = Assert.Single(Assess(National(10, 0)).Catalogs);

        Assert.Equal("cn-national/2024", stamp.Id);
        Assert.Equal(Catalogs.Find("cn-national/2024")!.ContentHash, stamp.Hash);
        Assert.StartsWith("sha256:", stamp.Hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(99_999L, 0L)]
    [InlineData(2_000_000L, 50_000L)]
    public void Assess_ImportantData_NeedsSecurityAssessmentWhateverTheCount(long personal, long sensitive)
    {
        var result = Assess(National(personal, sensitive, importantData: true));

        Assert.Equal(Pathway.SecurityAssessment, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "art7-2-important-data");
    }
}
