using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>One activity under the national rules alone and each list edition that could apply.</summary>
public sealed class CompareTests
{
    [Fact]
    public void Compare_ClinicalTrial_NationalAloneAndTheBeijingList_SideBySide()
    {
        var comparisons = Engine.Compare(Beijing("bj-pharma-clinical-trial", ["medical-imaging"], sensitive: 30_000));

        Assert.Collection(comparisons,
            c =>
            {
                Assert.Equal("cn-national/2024", c.Edition);
                Assert.Equal(Pathway.SecurityAssessment, c.Pathway);
                Assert.Contains(c.Basis, b => b.Rule == "art7-2-security-assessment");
            },
            c =>
            {
                Assert.Equal("beijing-ftz/2024", c.Edition);
                Assert.Equal(Pathway.StandardContractOrCertification, c.Pathway);
                Assert.Equal(Confidence.Unverified, c.Confidence);
            });
    }

    [Fact]
    public void Compare_AListForAnotherZone_IsNotCompared_UnlessNamed()
    {
        var comparisons = Engine.Compare(National(150_000, 0) with { Processor = new ProcessorProfile(false, "beijing", true, false) });

        Assert.Contains(comparisons, c => c.Edition == "beijing-ftz/2024");
        Assert.DoesNotContain(comparisons, c => c.Edition == "tianjin-ftz/2024");
    }

    [Fact]
    public void Compare_FieldsAnotherEditionDoesNotKnow_AreLeftOutAndSaid()
    {
        var activity = Beijing("bj-pharma-clinical-trial", ["medical-imaging"], sensitive: 30_000) with
        {
            Processor = new ProcessorProfile(false, "tianjin", true, false),
        };
        var comparisons = Engine.Compare(activity);

        var beijing = Assert.Single(comparisons, c => c.Edition == "beijing-ftz/2024");
        Assert.Contains(beijing.Basis, b => b.Kind == BasisKind.ListNotApplicable);
        var tianjin = Assert.Single(comparisons, c => c.Edition == "tianjin-ftz/2024");
        Assert.Contains("field:medical-imaging", tianjin.LeftOut);
    }
}
