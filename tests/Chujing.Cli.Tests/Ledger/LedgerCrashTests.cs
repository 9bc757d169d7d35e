using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Verification;
using Xunit.Abstractions;

namespace Chujing.Cli.Tests.Ledger;

/// <summary>
/// Crash safety: the built CLI appends in a child process and is killed with SIGKILL at random moments, again and
/// again. Every tree size it reported as <c>committed N</c> must be there afterwards, and the log must verify.
/// </summary>
public sealed class LedgerCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 8;
    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-ledger-crash-").FullName;

    [Fact]
    public async Task Append_KilledWithSigkillRepeatedly_LosesNoCommittedBatchAndVerifies()
    {
        var log = Path.Combine(_folder, "log.db");
        var events = Path.Combine(_folder, "events.jsonl");
        await File.WriteAllTextAsync(events, LedgerCli.Events(0, 200_000));
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "init", log)).Exit);

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var reported = new List<long>();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Kills; round++)
        {
            var delay = random.Next(50, 1200);
            var (committed, killed) = await AppendAndKillAsync(log, events, delay);
            output.WriteLine($"seed {seed} round {round}: killed after {delay} ms (killed: {killed}), committed {string.Join(',', committed)}");
            reported.AddRange(committed);

            using var ledger = EvidenceLedger.Open(LedgerStores.Open(log));
            var sizes = ledger.Store.TreeHeads().Select(h => h.Size).ToHashSet();
            foreach (var size in reported)
            {
                Assert.True(sizes.Contains(size), $"seed {seed}: tree size {size} was reported committed but is not in the log after the crash");
            }

            Assert.True(ledger.Head.Size >= (reported.Count == 0 ? 0 : reported.Max()));
            var verification = LedgerStoreVerification.Verify(ledger);
            Assert.True(verification.IsValid, $"seed {seed}: {verification}");
            Assert.Equal(verification.Leaves, ledger.Head.Size);
        }

        output.WriteLine($"{Kills} kills in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", log)).Exit);
    }

    private static async Task<(List<long> Committed, bool Killed)> AppendAndKillAsync(string log, string events, int delayMs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "chujing.dll"), "ledger", "append", log, events, "--batch-size", "2000" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var committed = new List<long>();
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (committed)
            {
                if (e.Data.StartsWith("committed ", StringComparison.Ordinal))
                {
                    committed.Add(long.Parse(e.Data["committed ".Length..], CultureInfo.InvariantCulture));
                }
                else
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();
        var exited = await Task.Run(() => process.WaitForExit(delayMs));
        if (!exited)
        {
            process.Kill(); // SIGKILL on Unix: no handler, no flush, no finally blocks.
        }

        await process.WaitForExitAsync();
        process.WaitForExit(); // drains the redirected standard error
        Assert.True(!exited || process.ExitCode == 0, "append failed on its own: " + errors);
        lock (committed)
        {
            return ([.. committed], !exited);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
