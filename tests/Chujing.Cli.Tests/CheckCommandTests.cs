using System.Text.Json;
using Chujing.Cli.Tests.Ledger;

namespace Chujing.Cli.Tests;

/// <summary><c>chujing check</c>: the filing as the API returns it, events as JSON Lines; exit 0 consistent, 1 deviations, 2 bad input.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private const string Processor = LedgerCli.Processor;

    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-check-").FullName;

    private static readonly string Filing = $$"""
        {"id":"F-2026-0001","status":"approved","processor":"{{Processor}}","listEdition":"beijing-ftz/2024","scenario":"bj-auto-ota",
         "fields":["ota-type","OTA主控模块"],"recipients":[{"name":"Autowerk GmbH","country":"DE"}],"purpose":"OTA","importantData":false,
         "persons":{"personal":1000,"sensitive":0},"retentionMonths":24,"securityMeasures":"encryption","validFrom":"2026-01-01","validUntil":"2027-12-31",
         "pathway":"security-assessment","statusHistory":[{"at":"2026-01-02T01:00:00Z","status":"draft"},{"at":"2026-01-10T01:00:00Z","status":"approved"}]}
        """;

    private static string Event(string recipient = "Autowerk GmbH", string fields = "\"ota-type\"", string filing = "F-2026-0001", string time = "2026-05-04T08:00:00Z") =>
        $$"""{"processor":"{{Processor}}","filing":"{{filing}}","time":"{{time}}","recipient":"{{recipient}}","country":"DE","scenario":"bj-auto-ota","fields":[{{fields}}],"persons":0}""";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Check_ConsistentEvents_Exit0AndSaysTheCountKindsWereSkipped()
    {
        var result = await LedgerCli.RunAsync("check", Write("filing.json", Filing), Write("events.jsonl", Event() + "\n" + Event(fields: "\"主控模块\"") + "\n"), "--json");
        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("consistent").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("events").GetInt32());
        Assert.Equal("F-2026-0001", json.RootElement.GetProperty("filing").GetString());
        Assert.Contains("band-crossed", json.RootElement.GetProperty("skippedKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains("not checked", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ADeviation_Exit1WithKindPathSeverityAndBasis_FromStandardInput()
    {
        var input = Event() + "\n" + Event(recipient: "Shadow Analytics Ltd", time: "2026-01-05T08:00:00Z") + "\n" + Event(filing: "F-2026-0099") + "\n";
        var result = await LedgerCli.RunWithInputAsync(input, "check", Write("filing.json", Filing), "-", "--json");
        Assert.Equal(1, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        var deviations = json.RootElement.GetProperty("deviations").EnumerateArray().ToList();
        Assert.Equal(["filing-not-in-force", "recipient-not-filed"], deviations.Select(d => d.GetProperty("kind").GetString()));
        Assert.All(deviations, d => Assert.Equal(1, d.GetProperty("event").GetInt32()));
        Assert.Equal("serious", deviations[1].GetProperty("severity").GetString());
        Assert.NotEmpty(deviations[1].GetProperty("basis").EnumerateArray());
        Assert.Equal(1, json.RootElement.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task Check_Table_NamesSeverityAndKindByLabel()
    {
        var result = await LedgerCli.RunAsync("check", Write("filing.json", Filing), Write("events.jsonl", Event(recipient: "Shadow Analytics Ltd") + "\n"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("严重 Serious", result.Out, StringComparison.Ordinal);
        Assert.Contains("接收方未备案 Recipient not filed", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("recipient-not-filed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EveryEventNamesAnotherFiling_SaysNothingWasChecked()
    {
        var result = await LedgerCli.RunAsync("check", Write("filing.json", Filing), Write("events.jsonl", Event(filing: "F-2026-0099") + "\n"));
        Assert.Equal(0, result.Exit);
        Assert.Contains("未检查任何事件：所有事件均指向其他备案 nothing checked: every event names another filing", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("一致 consistent", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithCounters_ChecksTheCountKinds()
    {
        var counters = Write("counters.json", $$"""[{"processor":"{{Processor}}","year":2026,"personal":5000,"sensitive":0}]""");
        var result = await LedgerCli.RunAsync("check", Write("filing.json", Filing), Write("events.jsonl", Event() + "\n"), "--counters", counters, "--json");
        Assert.Equal(1, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains("persons-over-filed", json.RootElement.GetProperty("deviations").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Empty(json.RootElement.GetProperty("skippedKinds").EnumerateArray());
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Check_ListApproval_IsThatOfTheFilingsEdition(bool listApproved, bool crossed)
    {
        // 12,000 persons' sensitive information from clinical trials in the year: a standard contract under the 2024
        // list's relaxed band (below 50,000) for a processor approved to use that edition, a security assessment under
        // the national rules alone (art. 7, 10,000 and more) for one that is not.
        var filing = $$"""
            {"id":"F-2026-0002","status":"approved","processor":"{{Processor}}","listEdition":"beijing-ftz/2024","scenario":"bj-pharma-clinical-trial",
             "fields":["medical-imaging"],"recipients":[{"name":"Novum Pharma AG","country":"CH"}],"purpose":"临床试验","importantData":false,
             "persons":{"personal":0,"sensitive":7000},"retentionMonths":24,"securityMeasures":"encryption","validFrom":"2026-01-01","validUntil":"2027-12-31",
             "pathway":"standard-contract-or-certification","listApproved":{{(listApproved ? "true" : "false")}},
             "statusHistory":[{"at":"2026-01-02T01:00:00Z","status":"draft"},{"at":"2026-01-10T01:00:00Z","status":"approved"}]}
            """;
        var exported = $$"""{"processor":"{{Processor}}","filing":"F-2026-0002","time":"2026-05-04T08:00:00Z","recipient":"Novum Pharma AG","country":"CH","scenario":"bj-pharma-clinical-trial","fields":["medical-imaging"],"sensitive":true,"persons":0}""";
        var counters = Write("counters.json", $$"""[{"processor":"{{Processor}}","year":2026,"personal":0,"sensitive":12000}]""");

        var result = await LedgerCli.RunAsync("check", Write("filing.json", filing), Write("events.jsonl", exported + "\n"), "--counters", counters, "--json");

        using var json = JsonDocument.Parse(result.Out);
        var kinds = json.RootElement.GetProperty("deviations").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Equal(crossed, kinds.Contains("band-crossed"));
    }

    [Theory]
    [InlineData("{\"id\":\"F-2026-0001\"}", "ok", "processor")]
    [InlineData("FILING", "{\"processor\":1}", "events.jsonl:1")]
    [InlineData("FILING", "{\"processor\":\"91110000MA01ABCD1M\",\"time\":\"2026-05-04T08:00:00Z\",\"recipient\":\"R\",\"country\":\"DE\",\"persons\":0,\"sensitive\":\"true\"}", "sensitive")]
    public async Task Check_BadInput_Exit2WithOneLineNamingTheFileAndField(string filing, string events, string named)
    {
        var result = await LedgerCli.RunAsync("check", Write("filing.json", filing == "FILING" ? Filing : filing), Write("events.jsonl", (events == "ok" ? Event() : events) + "\n"));
        Assert.Equal(2, result.Exit);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.All(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.True(CliRun.IsBilingual(l), l));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EmptyFilingFromStandardInput_NamesEachMissingFieldOnce()
    {
        var result = await LedgerCli.RunWithInputAsync("{}\n", "check", "-", Write("events.jsonl", Event() + "\n"));
        Assert.Equal(2, result.Exit);
        var fields = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, "^错误 error: stdin: ([^:]+): ").Groups[1].Value)
            .ToList();
        Assert.Contains("listEdition", fields);
        Assert.Contains("retentionMonths", fields);
        Assert.Contains("recipients", fields);
        Assert.Equal(fields.Distinct(StringComparer.Ordinal), fields);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
