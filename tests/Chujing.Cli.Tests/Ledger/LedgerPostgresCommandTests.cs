using System.Text.Json;

namespace Chujing.Cli.Tests.Ledger;

public sealed class LedgerPostgresCommandTests(LedgerPostgresFixture fixture) : IClassFixture<LedgerPostgresFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-ledger-pg-").FullName;

    [Fact]
    public async Task Ledger_OnPostgres_InitAppendVerifyWithKeyOption()
    {
        var log = fixture.Server.CreateDatabase("ledgercli");
        var key = Path.Combine(_folder, "ledger.key");
        Assert.Equal(2, (await LedgerCli.RunAsync("ledger", "init", log)).Exit);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "init", log, "--suite", "sm3-sm2", "--key", key)).Exit);
        var append = await LedgerCli.RunWithInputAsync(LedgerCli.Events(0, 120), "ledger", "append", log, "-", "--key", key, "--batch-size", "50");
        Assert.Equal(0, append.Exit);
        Assert.Equal(["committed 50", "committed 100", "committed 120"], append.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var head = await LedgerCli.RunAsync("ledger", "head", log, "--json");
        Assert.Equal(120, JsonDocument.Parse(head.Out).RootElement.GetProperty("size").GetInt64());
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "prove", log, "--leaf", "7", "--size", "100", "--json")).Exit);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", log)).Exit);
        var bundle = Path.Combine(_folder, "bundle.jsonl");
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "export", log, bundle)).Exit);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", bundle)).Exit);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
