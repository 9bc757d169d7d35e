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

    [Fact]
    public async Task Init_OnPostgres_NamesTheLogInAFormTheToolAccepts()
    {
        var log = fixture.Server.CreateDatabase("ledgername");
        var init = await LedgerCli.RunAsync("ledger", "init", log, "--key", Path.Combine(_folder, "n.key"), "--json");
        var name = JsonDocument.Parse(init.Out).RootElement.GetProperty("log").GetString()!;
        Assert.StartsWith("Host=", name, StringComparison.Ordinal);
        Assert.True(Chujing.Evidence.Storage.LedgerStores.IsPostgres(name));
    }

    [Fact]
    public async Task Head_PostgresUri_IsAcceptedAsTheLog()
    {
        var log = fixture.Server.CreateDatabase("ledgeruri");
        var key = Path.Combine(_folder, "u.key");
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "init", log, "--key", key)).Exit);
        var parts = log.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        var uri = $"postgresql://{parts["Username"]}@{parts["Host"]}:{parts["Port"]}/{parts["Database"]}";
        var head = await LedgerCli.RunAsync("ledger", "head", uri, "--json");
        Assert.Equal(0, head.Exit);
        Assert.Equal(0, JsonDocument.Parse(head.Out).RootElement.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Head_MissingPostgresDatabase_IsNotCalledTransient()
    {
        var log = fixture.Server.CreateDatabase("ledgermissing").Replace("ledgermissing", "nosuchdatabase", StringComparison.Ordinal);
        var result = await LedgerCli.RunAsync("ledger", "head", log);
        Assert.Equal(1, result.Exit);
        Assert.DoesNotContain("transient", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_EmptyHostAndDatabase_Exit2()
    {
        var result = await LedgerCli.RunAsync("ledger", "head", "Host=;Database=");
        Assert.Equal(2, result.Exit);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
