using Chujing.Domain.Evidence;
using Chujing.TestSupport;

namespace Chujing.Domain.Tests.Evidence;

public sealed class CanonicalJsonTests
{
    private static string Golden(string name) => RepositoryPaths.Of("tests", "Chujing.Domain.Tests", "Evidence", "Golden", name);

    [Fact]
    public void Parse_GoldenEvents_GiveTheGoldenCanonicalText()
    {
        var canonical = File.ReadAllLines(Golden("events.jsonl")).Select((line, i) => ExportEvent.Parse(line, "events.jsonl", i + 1).Value.CanonicalJson).ToList();
        if (Environment.GetEnvironmentVariable("CHUJING_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllLines(Golden("canonical.jsonl"), canonical);
        }

        Assert.Equal(File.ReadAllLines(Golden("canonical.jsonl")), canonical);
    }

    [Fact]
    public void Parse_SameContentDifferentLayout_GivesTheSameText()
    {
        var a = ExportEvent.Parse("""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"R","country":"DE","persons":1}""").Value;
        var b = ExportEvent.Parse("""  { "persons" : 1 , "country":"DE","recipient":"\u0052","time":"2026-11-27T08:00:00Z","processor":"91110000MA01ABCD1M" } """).Value;
        Assert.Equal(a.CanonicalJson, b.CanonicalJson);
        Assert.Equal("""{"country":"DE","persons":1,"processor":"91110000MA01ABCD1M","recipient":"R","time":"2026-11-27T08:00:00Z"}""", a.CanonicalJson);
    }

    [Fact]
    public void Parse_ChineseText_IsWrittenAsCharactersNotEscapes()
    {
        var e = ExportEvent.Parse("""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"\u5317\u4eac","country":"CN","persons":1}""").Value;
        Assert.Contains("\"recipient\":\"北京\"", e.CanonicalJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateMember_IsRejected()
    {
        var result = ExportEvent.Parse("""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"R","country":"DE","persons":1,"persons":2}""", "e.jsonl", 4);
        Assert.False(result.IsSuccess);
        Assert.Equal("persons", result.Diagnostics[0].Subject);
        Assert.Equal(4, result.Diagnostics[0].Line);
    }
}
