using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>
/// Decisions replayed as of a day: the national edition and the list editions in force then, on both sides of
/// 2022-09-01 (Security Assessment Measures art. 20), 2023-06-01 (Standard Contract Measures art. 13) and 2024-03-22
/// (Provisions art. 14).
/// </summary>
public sealed class AsOfTests
{
    private static Decision On(string day, ExportActivity activity) =>
        new AssessmentEngine(Catalogs, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Assess(activity).ValueOrThrow();

    private static ExportActivity Handling(long handled, long personal, long sensitive = 0) =>
        National(personal, sensitive) with { Processor = new ProcessorProfile(false, null, false, false) { PersonsHandled = handled } };

    [Fact]
    public void Before20220901_NoNationalEditionIsEncoded_TheDayIsAnErrorNamingTheFirstDay()
    {
        var result = AssessOptions.Parse("2022-08-31", null, false, new DateOnly(2026, 11, 27), Catalogs, "--as-of", "--min-confidence");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("--as-of", d.Subject);
        Assert.Contains("2022-09-01", d.Message, StringComparison.Ordinal);
        Assert.Contains("cn-national/2022", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On20220901_SecurityAssessmentMeasuresArt4_3_100000SinceTheStartOfThePreviousYear_NeedsAnAssessment()
    {
        var d = On("2022-09-01", Handling(200_000, 100_000));

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        var entry = Assert.Single(d.Basis, b => b.Rule == "sa4-3-cumulative");
        Assert.Equal("《数据出境安全评估办法》第四条第（三）项", entry.Citation);
        Assert.Equal("cn-national/2022", Assert.Single(d.Catalogs).Id);
        Assert.Contains(d.Duties, x => x.Id == "sa14-assessment-validity");
    }

    [Fact]
    public void On20220901_BelowTheTriggers_Pipl38CertificationOrContract_NoStandardContractFilingYet()
    {
        var d = On("2022-09-01", Handling(200_000, 50_000));

        Assert.Equal(Pathway.StandardContractOrCertification, d.Pathway);
        Assert.Equal("《个人信息保护法》第三十八条第一款", Assert.Single(d.Basis, b => b.Rule == "pipl38-other-conditions").Citation);
        Assert.DoesNotContain(d.Duties, x => x.Id.Contains("filing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1_000_000, Pathway.SecurityAssessment)]
    [InlineData(999_999, Pathway.StandardContractOrCertification)]
    public void On20220901_Art4_2_APersonsHandledOf1000000_NeedsAnAssessment(long handled, Pathway expected)
    {
        var d = On("2022-09-01", Handling(handled, 10));

        Assert.Equal(expected, d.Pathway);
        if (expected == Pathway.SecurityAssessment)
        {
            var entry = Assert.Single(d.Basis, b => b.Rule == "sa4-2-handled-volume");
            Assert.Equal(handled, Assert.Single(entry.Inputs).Count);
        }
    }

    [Fact]
    public void On20220901_PersonsHandledNotStated_TheDecisionSaysItNeedsIt()
    {
        var d = On("2022-09-01", National(10, 0));

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.Contains(d.Basis, b => b.Rule == "unknown/processor.personsHandled");
        Assert.Contains(d.Possible!, p => p.If == "processor.personsHandled < 1,000,000" && p.Pathway == Pathway.StandardContractOrCertification);
    }

    [Fact]
    public void On20220901_PersonsHandledNotStated_ADecisionThatDoesNotDependOnItDecides()
    {
        var d = On("2022-09-01", National(500_000, 0));

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.Null(d.Possible);
        Assert.DoesNotContain(d.Basis, b => b.Kind == BasisKind.UnknownFact);
    }

    [Fact]
    public void On20220901_NoExemptionExists_AClaimFails()
    {
        var d = On("2022-09-01", Handling(10, 50_000) with { Exemption = Exemption.ContractWithIndividual });

        Assert.Equal(Pathway.StandardContractOrCertification, d.Pathway);
        Assert.False(d.Exemption!.Holds);
        Assert.Equal(BasisKind.ExemptionElementFailed, d.Basis[0].Kind);
    }

    [Fact]
    public void On20230601_AClaimOfAnExemptionOfTheLaterRegime_SaysItDidNotExistThenAndWhereItComesFrom()
    {
        // Once, the claim failed with no elements and nothing said why.
        var d = On("2023-06-01", Handling(10, 50_000) with { Exemption = Exemption.ContractWithIndividual });

        Assert.Empty(d.Exemption!.Elements);
        Assert.Equal(d.Basis[0].Explanation, d.Exemption.Reason);
        Assert.Contains("did not exist on 2023-06-01", d.Exemption.Reason, StringComparison.Ordinal);
        Assert.Contains("introduced by 《促进和规范数据跨境流动规定》第五条第一款第（一）项", d.Exemption.Reason, StringComparison.Ordinal);
        Assert.Contains("in force from 2024-03-22", d.Exemption.Reason, StringComparison.Ordinal);
        Assert.Contains("在2023-06-01尚不存在", d.Exemption.ReasonZh, StringComparison.Ordinal);
        Assert.Contains("自2024-03-22起施行", d.Exemption.ReasonZh, StringComparison.Ordinal);
        Assert.Null(On("2024-03-22", Handling(10, 50_000) with { Exemption = Exemption.ContractWithIndividual }).Exemption!.Reason);
    }

    [Fact]
    public void On20230531_TheStandardContractMeasuresAreNotYetInForce()
    {
        var d = On("2023-05-31", Handling(10, 50_000));

        Assert.Equal("cn-national/2022", Assert.Single(d.Catalogs).Id);
        Assert.DoesNotContain(d.Duties, x => x.Id == "sc7-filing-10-working-days");
    }

    [Fact]
    public void On20230601_StandardContractMeasuresArt4_AndTheFilingWithin10WorkingDays()
    {
        var d = On("2023-06-01", Handling(10, 50_000));

        Assert.Equal(Pathway.StandardContractOrCertification, d.Pathway);
        Assert.Equal("cn-national/2023", Assert.Single(d.Catalogs).Id);
        Assert.StartsWith("《个人信息出境标准合同办法》第四条", Assert.Single(d.Basis, b => b.Rule == "sc4-standard-contract").Citation, StringComparison.Ordinal);
        Assert.Contains(d.Duties, x => x.Id == "sc7-filing-10-working-days");
    }

    [Fact]
    public void On20240321_TheOldRegime_50000PersonsNeedAContract()
    {
        Assert.Equal(Pathway.StandardContractOrCertification, On("2024-03-21", Handling(10, 50_000)).Pathway);
        Assert.Equal(Pathway.SecurityAssessment, On("2024-03-21", Handling(10, 150_000)).Pathway);
    }

    [Fact]
    public void On20240322_ProvisionsArt5_4_50000PersonsAreExempt_Art8_150000NeedAContract()
    {
        var d = On("2024-03-22", National(50_000, 0));

        Assert.Equal(Pathway.Exempt, d.Pathway);
        Assert.Equal("cn-national/2024", Assert.Single(d.Catalogs).Id);
        Assert.Equal("《促进和规范数据跨境流动规定》第五条第一款第（四）项、第二款", Assert.Single(d.Basis, b => b.Rule == "art5-4-under-100000").Citation);
        Assert.Equal(Pathway.StandardContractOrCertification, On("2024-03-22", National(150_000, 0)).Pathway);
        Assert.Null(d.Possible);
    }

    [Fact]
    public void BeforeAListTookEffect_TheListIsNotInForce_AndTheNationalRulesDecide()
    {
        var d = On("2024-08-29", Beijing("bj-pharma-clinical-trial", [], sensitive: 30_000));

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.False(d.List!.Applied);
        Assert.Contains(d.Basis, b => b.Kind == BasisKind.ListNotInForce && b.Explanation.Contains("2024-08-30", StringComparison.Ordinal));
        Assert.Equal(Pathway.StandardContractOrCertification, On("2024-08-30", Beijing("bj-pharma-clinical-trial", [], sensitive: 30_000)).Pathway);
    }
}
