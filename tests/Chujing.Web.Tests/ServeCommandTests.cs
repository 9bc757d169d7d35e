using System.Net;
using System.Text.RegularExpressions;
using Chujing.Cli;

namespace Chujing.Web.Tests;

/// <summary><c>chujing serve</c> run in-process: starts, answers /health with demo data, stops on cancellation; a database that does not answer is exit 1 with one line.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chujing-serve-").FullName;

    [Fact]
    public async Task Serve_Demo_AnswersHealthAndStopsCleanly()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cts = new CancellationTokenSource();
        var db = Path.Combine(_dir, "serve.db");
        var run = ChujingCommand.RunAsync(["serve", "--demo", "--db", db, "--urls", "http://127.0.0.1:0"], new CliContext(output, error, TextReader.Null, false, TimeProvider.System), cts.Token);

        Match listening = Match.Empty;
        for (var i = 0; i < 600 && !run.IsCompleted; i++)
        {
            listening = ListeningLine().Match(error.ToString());
            if (listening.Success)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.True(listening.Success, "serve did not report its address: " + error);
        using var client = new HttpClient();
        var health = await client.GetAsync(new Uri(new Uri(listening.Groups[1].Value), "/health"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await cts.CancelAsync();
        Assert.Equal(0, await run);
        Assert.Contains("demo data", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PostgresThatDoesNotAnswer_Exit1WithOneLine()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ChujingCommand.RunAsync(
            ["serve", "--db", "Host=127.0.0.1;Port=1;Database=none;Username=x;Timeout=2", "--urls", "http://127.0.0.1:0"],
            new CliContext(output, error, TextReader.Null, false, TimeProvider.System));
        Assert.Equal(1, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("PostgreSQL", lines[0], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [GeneratedRegex(@"listening on (http://[^\s,]+)")]
    private static partial Regex ListeningLine();
}
