using System.Text;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary><c>processor.ciio</c> and <c>importantData</c> may be null: every pathway still possible, strictest as pathway.</summary>
public sealed class UnknownFactsTests
{
    private static ExportActivity Read(string json) => ActivityReader.Read(Encoding.UTF8.GetBytes(json), "a.json").ValueOrThrow();

    [Fact]
    public void Read_NullCiio_IsUnknown_MissingCiioIsStillAnError()
    {
        Assert.Equal(UnknownFacts.Ciio, Read("""{"processor":{"ciio":null},"importantData":false,"persons":{"personal":1,"sensitive":0}}""").Unknown);
        var missing = ActivityReader.Read(Encoding.UTF8.GetBytes("""{"processor":{},"importantData":false,"persons":{"personal":1,"sensitive":0}}"""), "a.json");
        Assert.Equal("processor.ciio", Assert.Single(missing.Diagnostics).Subject);
        var noImportant = ActivityReader.Read(Encoding.UTF8.GetBytes("""{"processor":{"ciio":false},"persons":{"personal":1,"sensitive":0}}"""), "a.json");
        Assert.Equal("importantData", Assert.Single(noImportant.Diagnostics).Subject);
    }

    [Fact]
    public void CiioUnknown_ListsBothPathways_StrictestIsThePathway()
    {
        var d = Assess(Read("""{"processor":{"ciio":null},"importantData":false,"persons":{"personal":150000,"sensitive":0}}"""));

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.Collection(d.Possible!,
            p =>
            {
                Assert.Equal("processor.ciio = true", p.If);
                Assert.Equal(Pathway.SecurityAssessment, p.Pathway);
                Assert.Contains("art7-1-ciio", p.Rules);
            },
            p =>
            {
                Assert.Equal("processor.ciio = false", p.If);
                Assert.Equal(Pathway.StandardContractOrCertification, p.Pathway);
                Assert.Contains("art8-standard-contract-or-certification", p.Rules);
            });
        Assert.Equal(BasisKind.UnknownFact, d.Basis[0].Kind);
    }

    [Fact]
    public void BothUnknown_FourCases_EachNamesBothFacts()
    {
        var d = Assess(Read("""{"processor":{"ciio":null},"importantData":null,"persons":{"personal":10,"sensitive":0}}"""));

        Assert.Equal(4, d.Possible!.Count);
        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.Contains(d.Possible, p => p.If == "processor.ciio = false; importantData = false" && p.Pathway == Pathway.Exempt);
        Assert.All(d.Possible, p => Assert.StartsWith("若", p.IfZh, StringComparison.Ordinal));
    }

    [Fact]
    public void ImportantDataUnknown_Art5ClaimHolds_TheNoteSaysWhyTheExemptionStandsBesideASecurityAssessment()
    {
        // Once, the claim held beside a security assessment from the important-data case with no word of why.
        var d = Assess(Read("""{"processor":{"ciio":false},"exemption":"contract-with-individual","importantData":null,"persons":{"personal":500000,"sensitive":2000}}"""));

        Assert.Equal(Pathway.SecurityAssessment, d.Pathway);
        Assert.True(d.Exemption!.Holds);
        var note = Assert.Single(d.Basis, b => b.Rule == "unknown/importantData");
        Assert.Contains("covers the personal information, but never important data (《促进和规范数据跨境流动规定》第五条第二款)", note.Explanation, StringComparison.Ordinal);
        Assert.Contains("could still need a security assessment", note.Explanation, StringComparison.Ordinal);
        Assert.Contains("及于本活动的个人信息，但不涵盖重要数据", note.ExplanationZh, StringComparison.Ordinal);
        Assert.Contains("仍可能须申报数据出境安全评估", note.ExplanationZh, StringComparison.Ordinal);

        // Without a claim, or with important data known, the note is the plain one.
        var plain = Assess(Read("""{"processor":{"ciio":false},"importantData":null,"persons":{"personal":500000,"sensitive":2000}}"""));
        Assert.DoesNotContain("exemption", Assert.Single(plain.Basis, b => b.Rule == "unknown/importantData").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportantDataUnknown_Art3ClaimThatCannotHoldWithImportantData_AddsNothing()
    {
        // Art. 3 needs "no important data": with important data the claim fails, so there is no exemption to explain.
        var d = Assess(Read("""{"processor":{"ciio":false},"exemption":"trade-without-personal-data","importantData":null,"persons":{"personal":0,"sensitive":0}}"""));

        Assert.False(d.Exemption!.Holds);
        Assert.DoesNotContain("covers the personal information", Assert.Single(d.Basis, b => b.Rule == "unknown/importantData").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownFacts_HaveNoPossibleList()
    {
        Assert.Null(Assess(National(10, 0)).Possible);
    }
}
