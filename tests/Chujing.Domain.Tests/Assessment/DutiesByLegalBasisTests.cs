using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>Separate consent (PIPL art. 39) binds where consent is the legal basis; not under art. 13 (2)–(7).</summary>
public sealed class DutiesByLegalBasisTests
{
    private static Duty Consent(LegalBasis? basis, Exemption? exemption = null) =>
        Assert.Single(Assess(National(150_000, 0, exemption: exemption) with { Facts = ActivityFacts.None with { LegalBasis = basis } }).Duties,
            d => d.Id == "art10-separate-consent");

    [Fact]
    public void Consent_IsRequired_UnderPiplArt39()
    {
        var duty = Consent(LegalBasis.Consent);

        Assert.Equal(DutyStatus.Required, duty.Status);
        Assert.Contains("art. 39", duty.Reason!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LegalBasis.Contract, 2)]
    [InlineData(LegalBasis.HrManagement, 2)]
    [InlineData(LegalBasis.StatutoryDuty, 3)]
    [InlineData(LegalBasis.Emergency, 4)]
    public void NonConsentBasis_ConsentIsNotRequired_NoticeAndPipiaStill(LegalBasis basis, int item)
    {
        var duty = Consent(basis);
        var duties = Assess(National(150_000, 0) with { Facts = ActivityFacts.None with { LegalBasis = basis } }).Duties;

        Assert.Equal(DutyStatus.NotRequired, duty.Status);
        Assert.Contains($"art. 13 para. 1 ({item})", duty.Reason!, StringComparison.Ordinal);
        Assert.Contains("第十三条第一款", duty.ReasonZh!, StringComparison.Ordinal);
        Assert.Equal(DutyStatus.Required, Assert.Single(duties, d => d.Id == "art10-notice").Status);
        Assert.Equal(DutyStatus.Required, Assert.Single(duties, d => d.Id == "art10-pipia").Status);
    }

    [Fact]
    public void NoBasisStated_ConsentIsConditional_NeverDropped()
    {
        var duty = Consent(null);

        Assert.Equal(DutyStatus.Conditional, duty.Status);
        Assert.Contains("legalBasis", duty.Reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExemptionThatHolds_KeepsTheArt10Duties()
    {
        var duties = Assess(National(150_000, 0, exemption: Exemption.ContractWithIndividual)).Duties;

        Assert.Contains(duties, d => d.Id == "art10-notice");
        Assert.Contains(duties, d => d.Id == "art10-pipia");
        Assert.Contains(duties, d => d.Id == "art10-separate-consent");
    }
}
