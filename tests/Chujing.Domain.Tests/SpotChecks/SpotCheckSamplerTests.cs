using Chujing.Domain.SpotChecks;

namespace Chujing.Domain.Tests.SpotChecks;

public sealed class SpotCheckSamplerTests
{
    private const string Seed = "126331563425354643662325-witness";

    [Fact]
    public void Draw_SameSeedAndPopulation_GiveTheSameSample()
    {
        var a = SpotCheckSampler.Draw(TestPopulations.Make(), Seed, new SampleSizes(5, 20)).Value;
        var b = SpotCheckSampler.Draw(TestPopulations.Make(), Seed, new SampleSizes(5, 20)).Value;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a), System.Text.Json.JsonSerializer.Serialize(b));
    }

    [Fact]
    public void Draw_OtherSeed_GivesAnotherSample()
    {
        var a = SpotCheckSampler.Draw(TestPopulations.Make(), Seed, new SampleSizes(5, 20)).Value;
        var b = SpotCheckSampler.Draw(TestPopulations.Make(), Seed + "x", new SampleSizes(5, 20)).Value;
        Assert.NotEqual(a.Sample.Select(s => s.Filing + string.Join(',', s.Leaves)), b.Sample.Select(s => s.Filing + string.Join(',', s.Leaves)));
    }

    [Fact]
    public void Draw_Records_AreRivestPicksOfTheFilingsSubSeed()
    {
        var sample = SpotCheckSampler.Draw(TestPopulations.Make(), Seed, new SampleSizes(1, 5)).Value.Sample[0];
        var population = TestPopulations.Make();
        var filing = population.Filings.Single(f => f.Id == sample.Filing);
        var expected = RivestSampler.Distinct(Seed + "/records/" + filing.Id, 1, filing.RecordCount).Take(5).Select(p => filing.LeafAt(p.Value));
        Assert.Equal(expected, sample.Leaves);
    }

    [Fact]
    public void Draw_Expanded_KeepsTheEarlierPicks()
    {
        var small = SpotCheckSampler.Draw(TestPopulations.Make(), Seed, new SampleSizes(3, 10)).Value;
        var large = SpotCheckSampler.Draw(TestPopulations.Make(), Seed, new SampleSizes(8, 30)).Value;
        Assert.Equal(small.Sample.Select(s => s.Filing), large.Sample.Take(3).Select(s => s.Filing));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(small.Sample[i].Leaves, large.Sample[i].Leaves.Take(10));
            Assert.Equal(small.Sample[i].Inspectors, large.Sample[i].Inspectors);
        }
    }

    [Fact]
    public void Draw_HighRiskClass_IsDrawnMoreOften()
    {
        // Over many seeds, class D filings (weight 8) fill the first pick far more often than class A (weight 1).
        var population = TestPopulations.Make();
        var dFirst = Enumerable.Range(0, 200).Count(i =>
            SpotCheckSampler.Draw(population, Seed + i, new SampleSizes(1, 1)).Value.Sample[0].RiskClass == RiskClass.D);
        Assert.InRange(dFirst, 150, 200); // expected 8/9 of 200 ≈ 178
    }

    [Fact]
    public void Draw_DefaultSizes_FollowRatiosAndDiscoverySampling()
    {
        var population = TestPopulations.Make();
        var sample = SpotCheckSampler.Draw(population, Seed, SampleSizes.FromRules).Value;
        Assert.Equal(1 + 10, sample.FilingsRequested); // ⌈5% × 10⌉ of class A + 100% of the 10 of class D
        Assert.All(sample.Sample, s => Assert.Equal(155, s.Leaves.Count)); // N = 200, 1% → D = 2, 95% → 155
        Assert.All(sample.Sample, s => Assert.Equal(2, s.Guarantee.DetectableDeviating));
    }

    [Fact]
    public void Draw_SizesAboveThePopulation_TakeAllOfIt()
    {
        var sample = SpotCheckSampler.Draw(TestPopulations.Make(filings: 4, records: 10), Seed, new SampleSizes(100, 100)).Value;
        Assert.Equal(4, sample.Sample.Count);
        Assert.All(sample.Sample, s => Assert.Equal(10, s.Leaves.Distinct().Count()));
    }

    [Fact]
    public void Draw_DeclaredConflict_IsRecusedAndSubstituted()
    {
        var population = TestPopulations.Make(inspectors: 3, recusalsOfFirst: ["91110000MA01ABCD1M", "91110000MA01WXYZ2N"]);
        var sample = SpotCheckSampler.Draw(population, Seed, new SampleSizes(20, 1)).Value;
        Assert.All(sample.Sample, s => Assert.DoesNotContain("officer-0", s.Inspectors));
        Assert.All(sample.Sample, s => Assert.Equal(2, s.Inspectors.Count));
        Assert.Contains(sample.Sample, s => s.Recused.Contains("officer-0"));
    }

    [Fact]
    public void Draw_LateRecusal_SubstitutesTheNextPickAndKeepsTheOther()
    {
        var population = TestPopulations.Make(inspectors: 5);
        var before = SpotCheckSampler.Draw(population, Seed, new SampleSizes(1, 1)).Value.Sample[0];
        var after = SpotCheckSampler.Draw(population, Seed, new SampleSizes(1, 1), [new Recusal(before.Filing, before.Inspectors[0])]).Value.Sample[0];
        Assert.Equal([before.Inspectors[0]], after.Recused);
        Assert.Equal(before.Inspectors[1], after.Inspectors[0]);
        Assert.NotEqual(before.Inspectors[0], after.Inspectors[1]);
    }

    [Theory]
    [InlineData("too short")]
    [InlineData(" 123456789012345678901234")]
    [InlineData("12345678901234567890123\n4")]
    public void Draw_BadSeed_IsADiagnosticOnSeed(string seed)
    {
        var result = SpotCheckSampler.Draw(TestPopulations.Make(), seed, SampleSizes.FromRules);
        Assert.False(result.IsSuccess);
        Assert.Equal("seed", result.Diagnostics[0].Subject);
    }

    [Fact]
    public void Guarantee_Statement_SaysTheComputedFigures()
    {
        var guarantee = DetectionGuarantee.For(1000, 258, SamplingRules.Default);
        Assert.Equal(10, guarantee.DetectableDeviating);
        Assert.Contains("1000", guarantee.Statement, StringComparison.Ordinal);
        Assert.Contains("258", guarantee.Statement, StringComparison.Ordinal);
        Assert.True(guarantee.ProbabilityAtRate >= 0.95);
    }
}
