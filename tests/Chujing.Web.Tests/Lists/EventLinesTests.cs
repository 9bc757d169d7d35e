using System.Text;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Web.Evidence;

namespace Chujing.Web.Tests.Lists;

/// <summary>The events file reader of the evidence upload: the API's checks, line by line, every problem on its line.</summary>
public sealed class EventLinesTests
{
    private const string Processor = "91110115MA01D8XK31";

    private static string Event(int persons = 1, string country = "CH") =>
        $$"""{"processor":"{{Processor}}","time":"2026-05-01T08:00:00Z","recipient":"R","country":"{{country}}","persons":{{persons}},"personKeys":[{{string.Join(",", Enumerable.Range(0, persons).Select(i => $"\"sha256:{new string((char)('a' + i), 64)}\""))}}]}""";

    private static List<ExportEvent> Read(byte[] file, int max = 10) =>
        ExportEventReader.ReadLines(file, "events.jsonl", Processor, max, ExportEventPolicy.Platform);

    [Fact]
    public void ReadLines_BomCrlfAndBlankLines_ReadsEveryEvent()
    {
        var file = Encoding.UTF8.GetBytes("\uFEFF" + Event() + "\r\n\r\n" + Event(2) + "\r\n");
        Assert.Equal([1L, 2L], Read(file).Select(e => e.Persons));
    }

    [Fact]
    public void ReadLines_BadLinesAnywhere_EachReportedOnItsOwnLineAndNothingReturned()
    {
        var file = new List<byte>();
        file.AddRange(Encoding.UTF8.GetBytes(Event() + "\n\n" + Event(country: "XX") + "\n"));
        file.AddRange([0xC3, 0x28, (byte)'\n']);
        file.AddRange(Encoding.UTF8.GetBytes(Event(2).Replace("\"persons\":2", "\"persons\":3", StringComparison.Ordinal) + "\n{\n"));
        var e = Assert.Throws<InvalidInputException>(() => Read([.. file]));
        Assert.Equal([3, 4, 5, 6], e.Diagnostics.Select(d => d.Line));
        Assert.Equal("country", e.Diagnostics[0].Subject);
        Assert.StartsWith("not valid UTF-8", e.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Equal("personKeys", e.Diagnostics[2].Subject);
        Assert.StartsWith("not valid JSON", e.Diagnostics[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLines_AnotherProcessorsEvent_RefusedAsTheApiRefusesIt()
    {
        var other = Event().Replace(Processor, "91110108MA02H7QW5X", StringComparison.Ordinal);
        var e = Assert.Throws<InvalidInputException>(() => Read(Encoding.UTF8.GetBytes(other)));
        Assert.Equal(1, e.Diagnostics.Single(d => d.Subject == "processor").Line);
    }

    [Fact]
    public void ReadLines_EmptyOrTooManyEvents_OneProblemForTheFile()
    {
        Assert.Contains("between 1 and 10", Assert.Throws<InvalidInputException>(() => Read(Encoding.UTF8.GetBytes("\n \n"))).Diagnostics.Single().Message, StringComparison.Ordinal);
        var many = string.Join("\n", Enumerable.Repeat(Event(), 3));
        var e = Assert.Throws<InvalidInputException>(() => Read(Encoding.UTF8.GetBytes(many), max: 2));
        Assert.Equal(3, e.Diagnostics.Single().Line);
    }
}
