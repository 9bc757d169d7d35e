using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>The national bands a host holds counters against come from the edition the engine decides with.</summary>
public sealed class HeadcountBandsTests
{
    [Fact]
    public void HeadcountBands_ShippedNationalEdition_AreTheArt7AndArt8Boundaries()
    {
        var bands = Engine.HeadcountBands.Select(b => (b.Counter, b.From, b.Pathway, b.Rule)).ToArray();
        Assert.Equal(
            [
                (Counter.Personal, 100_000L, Pathway.StandardContractOrCertification, "art8-standard-contract-or-certification"),
                (Counter.Personal, 1_000_000L, Pathway.SecurityAssessment, "art7-2-security-assessment"),
                (Counter.Sensitive, 1L, Pathway.StandardContractOrCertification, "art8-standard-contract-or-certification"),
                (Counter.Sensitive, 10_000L, Pathway.SecurityAssessment, "art7-2-security-assessment"),
            ],
            bands);
    }

    [Fact]
    public void HeadcountBands_EachBandDecidesItsPathwayAtItsFirstCount()
    {
        foreach (var band in Engine.HeadcountBands)
        {
            var persons = band.Counter == Counter.Personal ? National(band.From, 0) : National(0, band.From);
            Assert.Equal(band.Pathway, Assess(persons).Pathway);
        }
    }
}
