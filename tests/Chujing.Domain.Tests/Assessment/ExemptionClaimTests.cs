using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>Exemptions as claims with elements: each element holds, is contradicted, or is the processor's burden.</summary>
public sealed class ExemptionClaimTests
{
    private static Decision Claim(Exemption exemption, long personal = 0, long sensitive = 0, bool ciio = false, bool importantData = false, ActivityFacts? facts = null) =>
        Assess(National(personal, sensitive, ciio, importantData, exemption) with { Facts = facts ?? ActivityFacts.None });

    private static ElementFinding Element(Decision d, string id) => Assert.Single(d.Exemption!.Elements, e => e.Element == id);

    private static ActivityFacts Facts(
        DataSubject[]? subjects = null, bool? abroad = null, bool? added = null, ContractType? contract = null, LegalBasis? basis = null) =>
        new(subjects, abroad, added, contract, basis);

    // ── Regressions: art. 3 claimed with personal information came out exempt with no duties ──────────────────

    [Fact]
    public void Assess_Art3ClaimedWith300000Persons_FailsOnNoPersonalInformation_AndTheBandsDecide()
    {
        var d = Claim(Exemption.TradeWithoutPersonalData, personal: 300_000);

        Assert.Equal(Pathway.StandardContractOrCertification, d.Pathway);
        Assert.False(d.Exemption!.Holds);
        Assert.Equal(ElementStatus.Contradicted, Element(d, "no-personal-information").Status);
        var failed = d.Basis[0];
        Assert.Equal("art3-trade-without-personal-data#element/no-personal-information", failed.Rule);
        Assert.Equal(BasisKind.ExemptionElementFailed, failed.Kind);
        Assert.Contains("300,000", failed.Explanation, StringComparison.Ordinal);
        Assert.Contains("不包含个人信息", failed.ExplanationZh!, StringComparison.Ordinal);
        Assert.Contains(d.Basis, b => b.Rule == "art8-standard-contract-or-certification");
        Assert.DoesNotContain(d.Basis, b => b.Rule == "art3-trade-without-personal-data");
        Assert.Contains(d.Duties, x => x.Id == "art10-notice");
        Assert.Contains(d.Duties, x => x.Id == "art10-pipia");
        Assert.Contains(d.Duties, x => x.Id == "sc-filing-10-working-days");
    }

    [Fact]
    public void Assess_Art3ClaimedByACiioWith50000Sensitive_Fails_AndArt7_1RequiresAnAssessment()
    {
        var d = Claim(Exemption.TradeWithoutPersonalData, sensitive: 50_000, ciio: true);

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.False(d.Exemption!.Holds);
        Assert.Contains(d.Basis, b => b.Rule == "art7-1-ciio");
        Assert.Contains(d.Duties, x => x.Id == "art9-assessment-validity");
        Assert.Contains(d.Duties, x => x.Id == "art10-notice");
    }

    // ── Art. 3 ───────────────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Art3_NoPersonsNoImportantData_Holds_TradeContextIsTheProcessorsBurden()
    {
        var d = Claim(Exemption.TradeWithoutPersonalData);

        Assert.Equal(Pathway.Exempt, d.Pathway);
        Assert.True(d.Exemption!.Holds);
        Assert.Equal(ElementStatus.Holds, Element(d, "no-personal-information").Status);
        Assert.Equal(ElementStatus.Holds, Element(d, "no-important-data").Status);
        var burden = Element(d, "trade-context");
        Assert.Equal(ElementStatus.ProcessorBurden, burden.Status);
        Assert.Equal("《促进和规范数据跨境流动规定》第三条", burden.Citation);
    }

    [Fact]
    public void Art3_ImportantData_ContradictsNoImportantData()
    {
        var d = Claim(Exemption.TradeWithoutPersonalData, importantData: true);

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.Equal(ElementStatus.Contradicted, Element(d, "no-important-data").Status);
        Assert.Contains(d.Basis, b => b.Rule == "art3-trade-without-personal-data#element/no-important-data");
        Assert.DoesNotContain(d.Basis, b => b.Rule.EndsWith("#important-data", StringComparison.Ordinal));
    }

    // ── Art. 4 ───────────────────────────────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData(true, ElementStatus.Holds)]
    [InlineData(false, ElementStatus.Contradicted)]
    [InlineData(null, ElementStatus.ProcessorBurden)]
    public void Art4_CollectedAbroad(bool? abroad, ElementStatus expected)
    {
        var d = Claim(Exemption.ForeignCollected, personal: 200_000, facts: Facts(abroad: abroad, added: false));

        Assert.Equal(expected, Element(d, "collected-abroad").Status);
        Assert.Equal(expected == ElementStatus.Contradicted ? Pathway.StandardContractOrCertification : Pathway.Exempt, d.Pathway);
    }

    [Theory]
    [InlineData(false, false, ElementStatus.Holds)]
    [InlineData(true, false, ElementStatus.Contradicted)]
    [InlineData(false, true, ElementStatus.Contradicted)]
    [InlineData(null, false, ElementStatus.ProcessorBurden)]
    public void Art4_NoDomesticDataAdded(bool? added, bool importantData, ElementStatus expected)
    {
        var d = Claim(Exemption.ForeignCollected, personal: 200_000, importantData: importantData, facts: Facts(abroad: true, added: added));

        Assert.Equal(expected, Element(d, "no-domestic-data-added").Status);
        Assert.Equal(expected != ElementStatus.Contradicted, d.Exemption!.Holds);
    }

    // ── Art. 5 (1) ──────────────────────────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData(ContractType.WithIndividual, null, ElementStatus.Holds)]
    [InlineData(ContractType.BetweenOrganisations, null, ElementStatus.Contradicted)]
    [InlineData(ContractType.WithIndividual, DataSubject.Other, ElementStatus.Contradicted)]
    [InlineData(null, null, ElementStatus.ProcessorBurden)]
    public void Art5_1_IndividualIsContractParty(ContractType? contract, DataSubject? subject, ElementStatus expected)
    {
        var subjects = subject is null ? null : new[] { DataSubject.Customers, subject.Value };
        var d = Claim(Exemption.ContractWithIndividual, personal: 500_000, facts: Facts(subjects, contract: contract));

        Assert.Equal(expected, Element(d, "individual-is-party").Status);
        Assert.Equal(ElementStatus.ProcessorBurden, Element(d, "truly-necessary").Status);
        Assert.Equal(expected == ElementStatus.Contradicted ? Pathway.StandardContractOrCertification : Pathway.Exempt, d.Pathway);
    }

    // ── Art. 5 (2) ──────────────────────────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData(new[] { DataSubject.Employees }, ElementStatus.Holds)]
    [InlineData(new[] { DataSubject.Employees, DataSubject.Customers }, ElementStatus.Contradicted)]
    [InlineData(null, ElementStatus.ProcessorBurden)]
    public void Art5_2_EmployeesOnly(DataSubject[]? subjects, ElementStatus expected)
    {
        var d = Claim(Exemption.CrossBorderHr, personal: 50_000, sensitive: 20_000, facts: Facts(subjects));

        Assert.Equal(expected, Element(d, "employees-only").Status);
        Assert.Equal(ElementStatus.ProcessorBurden, Element(d, "lawful-labour-rules").Status);
        Assert.Equal(expected == ElementStatus.Contradicted ? Pathway.SecurityAssessment : Pathway.Exempt, d.Pathway);
    }

    [Fact]
    public void Art5_2_WithImportantData_Holds_ButTheImportantDataNeedsAnAssessment()
    {
        var d = Claim(Exemption.CrossBorderHr, personal: 50, importantData: true, facts: Facts([DataSubject.Employees]));

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.True(d.Exemption!.Holds);
        Assert.Equal(ElementStatus.Holds, Element(d, "excludes-important-data").Status);
        var note = Assert.Single(d.Basis, b => b.Kind == BasisKind.ExemptionExcludesImportantData);
        Assert.Equal("《促进和规范数据跨境流动规定》第五条第二款", note.Citation);
    }

    // ── Art. 5 (3) and NDR art. 35 (6) ──────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Art5_3_EveryElementButImportantDataIsTheProcessorsBurden()
    {
        var d = Claim(Exemption.Emergency, personal: 10);

        Assert.True(d.Exemption!.Holds);
        Assert.Equal(ElementStatus.ProcessorBurden, Element(d, "emergency").Status);
        Assert.Equal(ElementStatus.ProcessorBurden, Element(d, "truly-necessary").Status);
    }

    [Fact]
    public void StatutoryDuty_InForce_Holds_WithItsArticle()
    {
        var d = Claim(Exemption.StatutoryDuty, personal: 2_000_000);

        Assert.Equal(Pathway.Exempt, d.Pathway);
        Assert.Equal("ndr35-6-statutory-duty", d.Exemption!.Rule);
        Assert.Equal(ElementStatus.Holds, Element(d, "in-force").Status);
        Assert.Equal(ElementStatus.ProcessorBurden, Element(d, "statutory-duty").Status);
        Assert.Contains(d.Basis, b => b.Rule == "ndr35-6-statutory-duty" && b.Citation == "《网络数据安全管理条例》第三十五条第（六）项");
    }

    [Fact]
    public void StatutoryDuty_BeforeTheRegulationTookEffect_Fails()
    {
        var engine = new AssessmentEngine(Catalogs, new DateOnly(2024, 12, 31));
        var d = engine.Assess(National(2_000_000, 0, exemption: Exemption.StatutoryDuty)).ValueOrThrow();

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.Equal(ElementStatus.Contradicted, Element(d, "in-force").Status);
        Assert.Contains("2025-01-01", d.Basis[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void StatutoryDuty_WithImportantData_NeedsAnAssessmentUnderArt37()
    {
        var d = Claim(Exemption.StatutoryDuty, personal: 10, importantData: true);

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.Contains(d.Basis, b => b.Kind == BasisKind.ExemptionExcludesImportantData && b.Citation == "《网络数据安全管理条例》第三十七条");
    }
}
