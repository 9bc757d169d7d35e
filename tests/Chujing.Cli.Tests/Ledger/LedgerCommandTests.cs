using System.Text.Json;

namespace Chujing.Cli.Tests.Ledger;

public sealed class LedgerCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-ledger-cli-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Theory]
    [InlineData("sha256-ed25519")]
    [InlineData("sm3-sm2")]
    public async Task Ledger_EndToEnd_InitAppendHeadProveExportVerify(string suite)
    {
        var log = PathOf("log.db");
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "init", log, "--suite", suite)).Exit);
        Assert.True(File.Exists(log + ".key"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(log + ".key"));
        }

        File.WriteAllText(PathOf("events.jsonl"), LedgerCli.Events(0, 250));
        var append = await LedgerCli.RunAsync("ledger", "append", log, PathOf("events.jsonl"), "--batch-size", "100");
        Assert.Equal(0, append.Exit);
        Assert.Equal(["committed 100", "committed 200", "committed 250"], append.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var stdin = await LedgerCli.RunWithInputAsync(LedgerCli.Events(250, 10), "ledger", "append", log, "-");
        Assert.Equal("committed 260", stdin.Error.Trim());

        var head = await LedgerCli.RunAsync("ledger", "head", log, "--json");
        using var headJson = JsonDocument.Parse(head.Out);
        Assert.Equal(260, headJson.RootElement.GetProperty("size").GetInt64());
        foreach (var field in new[] { "rootHash", "timestamp", "signature" })
        {
            Assert.False(string.IsNullOrEmpty(headJson.RootElement.GetProperty(field).GetString()));
        }

        var inclusion = await LedgerCli.RunAsync("ledger", "prove", log, "--leaf", "17", "--json");
        using var inclusionJson = JsonDocument.Parse(inclusion.Out);
        Assert.Equal(headJson.RootElement.GetProperty("rootHash").GetString(), inclusionJson.RootElement.GetProperty("rootHash").GetString());
        Assert.Equal(9, inclusionJson.RootElement.GetProperty("proof").GetArrayLength());

        var consistency = await LedgerCli.RunAsync("ledger", "prove", log, "--old-size", "100", "--size", "250", "--json");
        Assert.Equal(0, consistency.Exit);
        Assert.True(JsonDocument.Parse(consistency.Out).RootElement.GetProperty("proof").GetArrayLength() > 0);

        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", log)).Exit);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "export", log, PathOf("bundle.jsonl"))).Exit);
        File.Delete(log);
        File.Delete(log + ".key");
        var bundle = await LedgerCli.RunAsync("ledger", "verify", PathOf("bundle.jsonl"), "--public-key", headJson.RootElement.GetProperty("publicKey").GetString()!, "--json");
        Assert.Equal(0, bundle.Exit);
        Assert.True(JsonDocument.Parse(bundle.Out).RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Append_BadLineInSecondBatch_Exit2NamesLineAndFieldAndKeepsOnlyTheFirstBatch()
    {
        var log = PathOf("log.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        var lines = LedgerCli.Events(0, 8).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[6] = lines[6].Replace("\"country\":\"DE\"", "\"country\":\"Germany\"", StringComparison.Ordinal);
        File.WriteAllLines(PathOf("events.jsonl"), lines);
        var result = await LedgerCli.RunAsync("ledger", "append", log, PathOf("events.jsonl"), "--batch-size", "5");
        Assert.Equal(2, result.Exit);
        Assert.Contains("committed 5", result.Error, StringComparison.Ordinal);
        Assert.Contains("events.jsonl:7: country:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        var head = await LedgerCli.RunAsync("ledger", "head", log, "--json");
        Assert.Equal(5, JsonDocument.Parse(head.Out).RootElement.GetProperty("size").GetInt64());
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", log)).Exit);
    }

    [Fact]
    public async Task Append_BadLinesInSeveralBatches_ReportsEveryBadLineAndKeepsTheBatchesBefore()
    {
        var log = PathOf("log.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        var lines = LedgerCli.Events(0, 20).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[6] = lines[6].Replace("\"country\":\"DE\"", "\"country\":\"Germany\"", StringComparison.Ordinal);
        lines[8] = lines[8].Replace("\"persons\":8,", "\"persons\":-1,", StringComparison.Ordinal);
        lines[17] = "{not json";
        File.WriteAllLines(PathOf("events.jsonl"), lines);
        var result = await LedgerCli.RunAsync("ledger", "append", log, PathOf("events.jsonl"), "--batch-size", "5");
        Assert.Equal(2, result.Exit);
        foreach (var where in (string[])["events.jsonl:7:", "events.jsonl:9:", "events.jsonl:18:"])
        {
            Assert.Contains(where, result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(3, result.Error.Split('\n').Count(l => l.StartsWith("错误 error: ", StringComparison.Ordinal)));
        var head = await LedgerCli.RunAsync("ledger", "head", log, "--json");
        Assert.Equal(5, JsonDocument.Parse(head.Out).RootElement.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Append_TheSampleEventsFile_IsAccepted()
    {
        var log = PathOf("sample.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        var result = await LedgerCli.RunAsync("ledger", "append", log, Chujing.TestSupport.RepositoryPaths.Of("examples", "events.jsonl"));
        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal("committed 4", result.Error.Trim());
    }

    [Fact]
    public async Task Append_RawIdentifierInPersonKeys_IsRejected()
    {
        var log = PathOf("log.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        var line = LedgerCli.EventLine(1).Replace("\"personKeys\":[\"", "\"personKeys\":[\"110101199003077777\",\"", StringComparison.Ordinal);
        var result = await LedgerCli.RunWithInputAsync(line + "\n", "ledger", "append", log, "-");
        Assert.Equal(2, result.Exit);
        Assert.Contains("stdin:1: personKeys[0]:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_Twice_IsRefusedAndKeepsTheKey()
    {
        var log = PathOf("log.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        var key = await File.ReadAllTextAsync(log + ".key");
        Assert.Equal(2, (await LedgerCli.RunAsync("ledger", "init", log)).Exit);
        Assert.Equal(key, await File.ReadAllTextAsync(log + ".key"));
    }

    [Fact]
    public async Task Verify_TamperedBundle_Exit1NamesTheLeaf()
    {
        var log = PathOf("log.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        await LedgerCli.RunWithInputAsync(LedgerCli.Events(0, 30), "ledger", "append", log, "-");
        await LedgerCli.RunAsync("ledger", "export", log, PathOf("bundle.jsonl"));
        var text = await File.ReadAllTextAsync(PathOf("bundle.jsonl"));
        await File.WriteAllTextAsync(PathOf("bundle.jsonl"), text.Replace("\\\"n\\\":12,", "\\\"n\\\":13,", StringComparison.Ordinal));
        var result = await LedgerCli.RunAsync("ledger", "verify", PathOf("bundle.jsonl"));
        Assert.Equal(1, result.Exit);
        Assert.StartsWith("错误 error: leaf 12:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithAKeptHead_CatchesAnOlderShorterCopy()
    {
        var log = PathOf("log.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        await LedgerCli.RunWithInputAsync(LedgerCli.Events(0, 30), "ledger", "append", log, "-");
        await LedgerCli.RunAsync("ledger", "export", log, PathOf("old.jsonl"));
        await LedgerCli.RunWithInputAsync(LedgerCli.Events(30, 30), "ledger", "append", log, "-");
        await File.WriteAllTextAsync(PathOf("head.json"), (await LedgerCli.RunAsync("ledger", "head", log, "--json")).Out);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", log, "--head", PathOf("head.json"))).Exit);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", PathOf("old.jsonl"))).Exit);
        var stale = await LedgerCli.RunAsync("ledger", "verify", PathOf("old.jsonl"), "--head", PathOf("head.json"));
        Assert.Equal(1, stale.Exit);
        Assert.StartsWith("错误 error: given tree head of size 60:", stale.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnOlderBundleAgainstANewerReceipt_SaysTheReceiptIsNewerAndToExportAFreshBundle()
    {
        var log = PathOf("log.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        await LedgerCli.RunWithInputAsync(LedgerCli.Events(0, 5), "ledger", "append", log, "-");
        await LedgerCli.RunAsync("ledger", "export", log, PathOf("old.jsonl"));
        await LedgerCli.RunWithInputAsync(LedgerCli.Events(5, 3), "ledger", "append", log, "-");

        // A receipt as POST /api/evidence answers it: the leaves it recorded and the tree head that includes them.
        var head = (await LedgerCli.RunAsync("ledger", "head", log, "--json")).Out;
        await File.WriteAllTextAsync(PathOf("receipt.json"), $$"""{"leafIndexes":[5,6,7],"treeHead":{{head}}}""");
        var stale = await LedgerCli.RunAsync("ledger", "verify", PathOf("old.jsonl"), "--head", PathOf("receipt.json"));

        Assert.Equal(1, stale.Exit);
        var line = Assert.Single(stale.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(CliRun.IsBilingual(line), line);
        Assert.DoesNotContain("removed", line, StringComparison.Ordinal);
        Assert.Contains("收据或树头比证据包新：证据包只有 5 条记录，该树头覆盖 8 条", line, StringComparison.Ordinal);
        Assert.Contains("the receipt or tree head is newer than the bundle: the bundle holds 5 leaves, the tree head covers 8, so a leaf index of 5 or more is not in it; export a fresh bundle", line, StringComparison.Ordinal);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", log, "--head", PathOf("receipt.json"))).Exit);
    }

    [Fact]
    public async Task Prove_BothOrNeither_IsAUsageError()
    {
        var log = PathOf("log.db");
        await LedgerCli.RunAsync("ledger", "init", log);
        Assert.Equal(2, (await LedgerCli.RunAsync("ledger", "prove", log)).Exit);
        Assert.Equal(2, (await LedgerCli.RunAsync("ledger", "prove", log, "--leaf", "0")).Exit);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
