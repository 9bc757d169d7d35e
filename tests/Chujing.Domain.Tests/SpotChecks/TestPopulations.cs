using Chujing.Domain.SpotChecks;

namespace Chujing.Domain.Tests.SpotChecks;

/// <summary>Small populations for the sampler tests.</summary>
internal static class TestPopulations
{
    public const string Root = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    /// <summary>Filings F-000.. of two processors (classes A and D) in one group, each with <paramref name="records"/> leaves.</summary>
    public static SpotCheckPopulation Make(int filings = 20, int records = 200, int inspectors = 4, IReadOnlyList<string>? recusalsOfFirst = null)
    {
        var processors = new[]
        {
            new PopulationProcessor("91110000MA01ABCD1M", RiskClass.A, new PopulationHead(filings * records, Root, "2026-11-30T00:00:00.000Z"), null),
            new PopulationProcessor("91110000MA01WXYZ2N", RiskClass.D, new PopulationHead(filings * records, Root, "2026-11-30T00:00:00.000Z"), null),
        };
        var list = Enumerable.Range(0, filings).Select(i => new PopulationFiling(
            $"F-{i:000}", processors[i % 2].Uscc, "daxing", [new LeafRange((i / 2) * records, ((i / 2) * records) + records - 1)])).ToList();
        var officers = Enumerable.Range(0, inspectors).Select(i => new PopulationInspector(
            $"officer-{i}", "daxing", i == 0 ? recusalsOfFirst ?? [] : [])).ToList();
        return new SpotCheckPopulation("SC-TEST", "daxing", new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), SamplingRules.Default, processors, list, officers);
    }
}
