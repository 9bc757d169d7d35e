using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>Arts. 3, 4, 5(1)–(3) before the CIIO and headcount tests; important data never exempted; art. 5(4) not for CIIOs.</summary>
public sealed class ExemptionAndCiioTests
{
    public static TheoryData<Exemption, bool> EveryExemptionForBothKindsOfProcessor()
    {
        var data = new TheoryData<Exemption, bool>();
        foreach (var exemption in Enum.GetValues<Exemption>())
        {
            data.Add(exemption, false);
            data.Add(exemption, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryExemptionForBothKindsOfProcessor))]
    public void Assess_ExemptionWithoutImportantData_IsExemptWhateverTheCount(Exemption exemption, bool ciio)
    {
        // Art. 3 covers only data without personal information, so persons counted make it fail (see ExemptionClaimTests).
        if (exemption == Exemption.TradeWithoutPersonalData)
        {
            return;
        }

        var result = Assess(National(5_000_000, 200_000, ciio: ciio, exemption: exemption));

        Assert.Equal(Pathway.Exempt, result.Pathway);
        var rule = Catalogs.Find("cn-national/2024")!.Rules.Single(r => r.Exemption == exemption);
        Assert.Contains(result.Basis, b => b.Rule == rule.Id && b.Citation == rule.Citation && b.Pathway == Pathway.Exempt);
        Assert.DoesNotContain(result.Basis, b => b.Rule is "art7-1-ciio" or "art7-2-security-assessment");
    }

    [Theory]
    [MemberData(nameof(EveryExemptionForBothKindsOfProcessor))]
    public void Assess_ExemptionWithImportantData_StillNeedsSecurityAssessment(Exemption exemption, bool ciio)
    {
        var result = Assess(National(5_000, 0, ciio: ciio, importantData: true, exemption: exemption));

        Assert.Equal(Pathway.SecurityAssessment, result.Pathway);

        // Arts. 3 and 4 do not apply at all to data with important data; art. 5 and NDR art. 35 (6) hold for the
        // personal information only, and the important data keeps its assessment.
        Assert.Contains(result.Basis, b => exemption is Exemption.TradeWithoutPersonalData or Exemption.ForeignCollected
            ? b.Kind == BasisKind.ExemptionElementFailed && b.Rule.Contains("#element/", StringComparison.Ordinal)
            : b.Rule.EndsWith("#important-data", StringComparison.Ordinal) && b.Pathway == Pathway.SecurityAssessment);
    }

    [Fact]
    public void Assess_TradeWithoutPersonalData_HasNoPersonalInformationDuties()
    {
        var result = Assess(National(0, 0, exemption: Exemption.TradeWithoutPersonalData));

        Assert.DoesNotContain(result.Duties, d => d.Id.StartsWith("art10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(0, 1)]
    [InlineData(50_000, 0)]
    [InlineData(99_999, 0)]
    public void Assess_CiioSendingAnyPersonalInformation_NeedsSecurityAssessment_SmallVolumeExemptionIsNotForCiios(long personal, long sensitive)
    {
        var result = Assess(National(personal, sensitive, ciio: true));

        Assert.Equal(Pathway.SecurityAssessment, result.Pathway);
        Assert.Contains(result.Basis, b => b.Rule == "art7-1-ciio");
        Assert.DoesNotContain(result.Basis, b => b.Rule == "art5-4-under-100000");
    }

    [Fact]
    public void Assess_CiioSendingNothing_IsExempt()
    {
        Assert.Equal(Pathway.Exempt, Assess(National(0, 0, ciio: true)).Pathway);
    }

    [Fact]
    public void Assess_CiioWithImportantData_NeedsSecurityAssessment()
    {
        var result = Assess(National(0, 0, ciio: true, importantData: true));

        Assert.Equal(Pathway.SecurityAssessment, result.Pathway);
        Assert.Contains(result.Basis, b => b.Pathway == Pathway.SecurityAssessment);
    }

    [Fact]
    public void Assess_CiioHeadroom_IsOnePersonFromSecurityAssessment()
    {
        var headroom = Assess(National(0, 0, ciio: true)).Headroom;

        Assert.Equal(1, headroom.Personal.Next);
        Assert.Equal(Pathway.SecurityAssessment, headroom.Personal.PathwayAtNext);
    }
}
