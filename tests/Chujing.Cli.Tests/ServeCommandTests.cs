using System.Globalization;
using System.Text.RegularExpressions;
using Chujing.Cli.Serve;
using Chujing.Persistence;
using Chujing.TestSupport;
using Chujing.Web;

namespace Chujing.Cli.Tests;

/// <summary><c>chujing serve</c>'s own lines: what it says once started, and a database it cannot run on.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public void StartupLines_DemoOnPostgresWithoutAKeyEncryptionKey_AreChineseWithTheEnglishBeside()
    {
        var options = new PlatformOptions { Demo = true, Database = DatabaseLocation.Parse("Host=db.example;Database=chujing;Username=chujing") };
        var lines = ServeCommand.StartupLines(options, ["http://127.0.0.1:5192"]).ToList();

        Assert.Equal(3, lines.Count);
        Assert.StartsWith("chujing serve: 正在监听 http://127.0.0.1:5192（PostgreSQL，演示数据） · ", lines[0], StringComparison.Ordinal);

        // The English half keeps what scripts wait for.
        Assert.Equal("http://127.0.0.1:5192", ListeningOn().Match(lines[0]).Groups[1].Value);
        Assert.EndsWith(" · listening on http://127.0.0.1:5192 (postgres), demo data", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.True(CliRun.IsBilingual(l), l));
        Assert.Contains("演示模式", lines[1], StringComparison.Ordinal);
        Assert.Contains("CHUJING_KEY_ENCRYPTION_KEY_FILE", lines[2], StringComparison.Ordinal);
        Assert.Contains("签名密钥以未加密形式存放", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void StartupLines_SqliteWithoutDemo_IsTheAddressAlone()
    {
        var lines = ServeCommand.StartupLines(new PlatformOptions(), ["http://127.0.0.1:5080"]).ToList();
        Assert.Equal("chujing serve: 正在监听 http://127.0.0.1:5080（SQLite） · listening on http://127.0.0.1:5080 (sqlite)", Assert.Single(lines));
    }

    [Fact]
    public async Task Serve_OnAPostgresStandby_Exit1WithOneBilingualLineNamingTheServer()
    {
        using var pair = PostgresStandbyPair.Start();
        var database = pair.CreateDatabase("standby");
        var standby = await pair.StandbyConnectionStringAsync(database);

        var result = await CliRun.RunAsync("serve", "--db", standby, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.True(CliRun.IsBilingual(line), line);
        Assert.StartsWith($"错误 error: 127.0.0.1:{pair.StandbyPort.ToString(CultureInfo.InvariantCulture)}/{database}: PostgreSQL 数据库是只读的备库", line, StringComparison.Ordinal);
        Assert.Contains("the PostgreSQL database is a read-only standby; point --db at the primary", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"listening on (http://[^\s,]+)")]
    private static partial Regex ListeningOn();
}
