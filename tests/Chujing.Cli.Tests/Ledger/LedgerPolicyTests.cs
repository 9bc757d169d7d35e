namespace Chujing.Cli.Tests.Ledger;

/// <summary><c>chujing ledger append --policy platform</c> accepts exactly the events <c>POST /api/evidence</c> accepts.</summary>
public sealed class LedgerPolicyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-ledger-policy-").FullName;

    // Two persons, one keyed hash: the ledger contract takes it, the platform (which counts persons) does not.
    private const string Undercounted = """{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"R","country":"DE","persons":2,"personKeys":["hmac-sha256:0123456789abcdef0123456789abcdef"]}""";

    [Fact]
    public async Task Append_PlatformPolicy_RefusesAnEventWithFewerKeysThanPersons_Exit2NamingTheField()
    {
        var log = Path.Combine(_folder, "log.db");
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "init", log)).Exit);
        var refused = await LedgerCli.RunWithInputAsync(Undercounted + "\n", "ledger", "append", log, "-", "--policy", "platform");
        Assert.Equal(2, refused.Exit);
        Assert.Contains("stdin:1: personKeys:", refused.Error, StringComparison.Ordinal);

        var accepted = await LedgerCli.RunWithInputAsync(Undercounted + "\n", "ledger", "append", log, "-");
        Assert.Equal(0, accepted.Exit);
    }

    [Fact]
    public async Task Append_UnknownPolicy_Exit2()
    {
        var log = Path.Combine(_folder, "log.db");
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "init", log)).Exit);
        var result = await LedgerCli.RunWithInputAsync(Undercounted + "\n", "ledger", "append", log, "-", "--policy", "strict");
        Assert.Equal(2, result.Exit);
        Assert.Contains("--policy", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
