using System.Text;
using Chujing.Domain.SpotChecks;

namespace Chujing.Domain.Tests.SpotChecks;

public sealed class SpotCheckPopulationTests
{
    [Fact]
    public void Hash_IsSha256OfTheCanonicalText()
    {
        var population = TestPopulations.Make();
        var expected = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(population.CanonicalJson)));
        Assert.Equal(expected, population.Hash);
        Assert.StartsWith("{\"check\":\"SC-TEST\",\"filings\":[", population.CanonicalJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CanonicalTextReindented_GivesTheSameHash()
    {
        var population = TestPopulations.Make();
        using var document = System.Text.Json.JsonDocument.Parse(population.CanonicalJson);
        var pretty = System.Text.Json.JsonSerializer.Serialize(document.RootElement, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var parsed = PopulationJson.Parse(Encoding.UTF8.GetBytes(pretty), "population.json");
        Assert.True(parsed.IsSuccess, string.Join("; ", parsed.Diagnostics));
        Assert.Equal(population.Hash, parsed.Value.Hash);
    }

    [Fact]
    public void Hash_EditedPopulation_Differs()
    {
        var population = TestPopulations.Make();
        var edited = population.CanonicalJson.Replace("[[0,199]]", "[[0,198]]", StringComparison.Ordinal);
        Assert.NotEqual(population.CanonicalJson, edited);
        var parsed = PopulationJson.Parse(Encoding.UTF8.GetBytes(edited));
        Assert.True(parsed.IsSuccess, string.Join("; ", parsed.Diagnostics));
        Assert.NotEqual(population.Hash, parsed.Value.Hash);
    }

    [Fact]
    public void Parse_UnknownMember_IsNamed()
    {
        var text = TestPopulations.Make().CanonicalJson.Replace("{\"check\":", "{\"extra\":1,\"check\":", StringComparison.Ordinal);
        var parsed = PopulationJson.Parse(Encoding.UTF8.GetBytes(text), "p.json");
        Assert.False(parsed.IsSuccess);
        Assert.Contains(parsed.Diagnostics, d => d.Subject == "extra" && d.Source == "p.json");
    }

    [Fact]
    public void Parse_LeafBeyondTheHead_IsNamedByPath()
    {
        var text = TestPopulations.Make(filings: 2, records: 10).CanonicalJson.Replace("[[0,9]]", "[[0,99]]", StringComparison.Ordinal);
        var parsed = PopulationJson.Parse(Encoding.UTF8.GetBytes(text));
        Assert.False(parsed.IsSuccess);
        Assert.Contains(parsed.Diagnostics, d => d.Subject == "filings[0].leaves" && d.Message.Contains("beyond the committed head", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NotJson_IsOneDiagnostic()
    {
        var parsed = PopulationJson.Parse(Encoding.UTF8.GetBytes("{ nope"), "p.json");
        Assert.Single(parsed.Diagnostics);
    }

    [Fact]
    public void Constructor_GroupWithTooFewUnconflictedInspectors_Throws() =>
        Assert.Throws<ArgumentException>(() => TestPopulations.Make(inspectors: 2, recusalsOfFirst: ["91110000MA01ABCD1M"]));

    [Fact]
    public void LeafAt_PositionsAcrossRuns_CountThroughTheRuns()
    {
        var filing = new PopulationFiling("F", "91110000MA01ABCD1M", "daxing", [new LeafRange(3, 4), new LeafRange(10, 12)]);
        Assert.Equal(5, filing.RecordCount);
        Assert.Equal([3L, 4, 10, 11, 12], Enumerable.Range(1, 5).Select(p => filing.LeafAt(p)));
    }
}
