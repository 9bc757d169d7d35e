using System.Text.Json;
using Chujing.Domain.Serialization;
using Chujing.Domain.SpotChecks;

namespace Chujing.Cli.Tests.SpotChecks;

public sealed class SpotCheckPlanCommandTests : IDisposable
{
    private const string Seed = "314525782315667241589410-city-witness";
    private readonly string _directory = Directory.CreateTempSubdirectory("chujing-plan-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static SpotCheckPopulation Population()
    {
        var head = new PopulationHead(1000, new string('a', 64), "2026-11-30T00:00:00.000Z");
        var processors = new[]
        {
            new PopulationProcessor("91110000MA01ABCD1M", RiskClass.B, head, null),
            new PopulationProcessor("91110000MA01WXYZ2N", RiskClass.C, head, null),
        };
        var filings = Enumerable.Range(0, 6).Select(i => new PopulationFiling($"F-2026-{i:0000}", processors[i % 2].Uscc, "daxing", [new LeafRange(i * 100, (i * 100) + 99)])).ToList();
        var inspectors = new[] { "o-1", "o-2", "o-3" }.Select(id => new PopulationInspector(id, "daxing", [])).ToList();
        return new SpotCheckPopulation("SC-2026-0001", "daxing", new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), SamplingRules.Default, processors, filings, inspectors);
    }

    private string WritePopulation(SpotCheckPopulation population, bool indented = true)
    {
        var path = Path.Combine(_directory, "population.json");
        using var document = JsonDocument.Parse(population.CanonicalJson);
        File.WriteAllText(path, indented ? JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true }) : population.CanonicalJson);
        return path;
    }

    [Fact]
    public async Task Plan_Json_IsTheDomainDrawByteForByte()
    {
        var population = Population();
        var run = await CliRun.RunAsync("spot-check", "plan", WritePopulation(population), "--seed", Seed, "--filings", "3", "--records-per-filing", "7", "--json");

        Assert.Equal(0, run.ExitCode);
        var expected = SpotCheckSampler.Draw(population, Seed, new SampleSizes(3, 7)).Value;
        // The CLI indents; the same document written compactly is the domain's sample, character for character.
        Assert.Equal(JsonSerializer.Serialize(expected.Sample, JsonConventions.Compact), JsonSerializer.Serialize(run.Json().GetProperty("sample"), JsonConventions.Compact));
        Assert.Equal(population.Hash, run.Json().GetProperty("populationHash").GetString());
        Assert.Equal(3, run.Json().GetProperty("sample").GetArrayLength());
        Assert.Equal(7, run.Json().GetProperty("sample")[0].GetProperty("leaves").GetArrayLength());
    }

    [Fact]
    public async Task Plan_Twice_WritesIdenticalOutput()
    {
        var path = WritePopulation(Population());
        var first = await CliRun.RunAsync("spot-check", "plan", path, "--seed", Seed, "--json");
        var second = await CliRun.RunAsync("spot-check", "plan", path, "--seed", Seed, "--json");
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task Plan_ExpectHashOfAnEditedFile_FailsNamingBothHashes()
    {
        var population = Population();
        var path = WritePopulation(population);
        File.WriteAllText(path, File.ReadAllText(path).Replace("599", "598", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("spot-check", "plan", path, "--seed", Seed, "--expect-hash", population.Hash);

        Assert.Equal(1, run.ExitCode);
        Assert.True(CliRun.IsBilingual(Assert.Single(run.ErrorLines)), run.Error);
        Assert.Contains(population.Hash, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_ExpectHashMatching_Succeeds()
    {
        var population = Population();
        var run = await CliRun.RunAsync("spot-check", "plan", WritePopulation(population, indented: false), "--seed", Seed, "--expect-hash", population.Hash);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("F-2026-", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_ShortSeed_IsExit2OnOneLine()
    {
        var run = await CliRun.RunAsync("spot-check", "plan", WritePopulation(Population()), "--seed", "12345");
        Assert.Equal(2, run.ExitCode);
        Assert.True(CliRun.IsBilingual(Assert.Single(run.ErrorLines)), run.Error);
        Assert.Contains("seed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_BrokenPopulation_IsExit2NamingTheField()
    {
        var path = WritePopulation(Population());
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"riskClass\": \"B\"", "\"riskClass\": \"E\"", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("spot-check", "plan", path, "--seed", Seed);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("processors[0].riskClass", run.Error, StringComparison.Ordinal);
        Assert.All(run.ErrorLines, l => Assert.True(CliRun.IsBilingual(l), l));
        Assert.Contains("population.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_LateRecusal_SubstitutesAsTheDomainDoes()
    {
        var population = Population();
        var before = SpotCheckSampler.Draw(population, Seed, new SampleSizes(1, 1)).Value.Sample[0];
        var run = await CliRun.RunAsync("spot-check", "plan", WritePopulation(population), "--seed", Seed, "--filings", "1", "--records-per-filing", "1",
            "--recusal", before.Filing + "=" + before.Inspectors[0], "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before.Inspectors[0], run.Json().GetProperty("sample")[0].GetProperty("recused")[0].GetString());
    }
}
