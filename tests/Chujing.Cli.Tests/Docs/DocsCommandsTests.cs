using System.Diagnostics;
using System.Text;
using Chujing.TestSupport;
using Microsoft.Data.Sqlite;

namespace Chujing.Cli.Tests.Docs;

/// <summary>
/// Every <c>chujing …</c> command shown in a code block of README.md and docs/*.md, run as written (through
/// <c>/bin/sh</c>, with <c>chujing</c> on the PATH as the README's alias makes it) against the built CLI, one scratch
/// folder per page so that a page's commands run in order on what the earlier ones wrote. Each must end with the
/// exit code the page gives (0 unless listed), print no stack trace, and print the error line the page shows under
/// it. The commands that cannot run offline are listed below with why; a command added to the docs is run.
/// </summary>
public sealed class DocsCommandsTests : IDisposable
{
    /// <summary>Commands not run, each with why.</summary>
    private static readonly Dictionary<string, string> NotRun = new(StringComparer.Ordinal)
    {
        ["chujing serve [--urls http://127.0.0.1:5080] [--db <sqlite file | postgres connection string>] [--demo] [--catalog-dir DIR]"] =
            "a synopsis with its optional parts in brackets, not a command",
        ["chujing serve --db \"Host=db.internal;Database=chujing;Username=chujing;Password=…\""] =
            "starts the platform, which serves until stopped, on a PostgreSQL server",
        ["chujing serve --demo"] = "starts the platform, which serves until stopped (ServeCommandTests start it)",
        ["chujing serve --urls http://127.0.0.1:5081 \\"] =
            "starts one node of several behind nginx on PostgreSQL, which serves until stopped (the first line of a command continued with a backslash)",
        ["chujing scan \"Host=db;Database=crm;Username=ro\" --query \"select * from orders where day > '2026-01-01'\""] =
            "needs a PostgreSQL server with the reader's table",
        ["chujing catalog show beijing-ftz/2025 --catalog-dir revised"] =
            "reads the YAML that the curl line before fetches from a running platform",
        ["chujing catalog diff beijing-ftz/2024 beijing-ftz/2025 --catalog-dir revised"] =
            "reads the YAML that the curl line before fetches from a running platform",
        ["chujing spot-check plan population.json --seed '126331563425354643662325' --expect-hash sha256:… --json"] =
            "reads the population that the curl line before fetches from a running platform, with the hash the public page shows",
        ["chujing serve --db fresh.db --urls $B &"] =
            "starts a fresh platform in the background for the smoke path's curl steps (FreshInstallSmokeTests runs that path)",
        ["chujing ledger verify bundle.jsonl --head receipt.json"] =
            "verifies the bundle and receipt that the smoke path's curl steps fetch from a running platform (FreshInstallSmokeTests runs it)",
        ["chujing scan \"$part\" --partial \"partials/$JOB_COMPLETION_INDEX.partial\" --json > /dev/null"] =
            "a line of a Kubernetes Job's arguments: the job sets $part and $JOB_COMPLETION_INDEX (the same scan runs in the xargs block)",
    };

    /// <summary>Commands whose documented exit code is not 0.</summary>
    private static readonly Dictionary<string, int> ExitCodes = new(StringComparer.Ordinal)
    {
        ["echo '{\"processor\":{\"ciio\":false},\"importantData\":false,\"persons\":{\"personal\":1.5,\"sensitive\":0}}' | chujing assess -"] = 2,
        ["printf '%s\\n' 'Stadt-Verwaltung!' | chujing accounts create --db chujing.db --role city --email second@city.example --password-stdin"] = 2,
    };

    private const string ScanKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private const string Processor = "91110000MA01ABCD1M";

    private readonly string _root = Directory.CreateTempSubdirectory("chujing-docs-").FullName;

    [Fact]
    public void Lists_NameOnlyCommandsTheDocsShow()
    {
        var shown = DocCommand.All(RepositoryPaths.Root).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);

        Assert.True(shown.Count >= 30, $"only {shown.Count} commands found in the docs");
        Assert.All(NotRun.Keys.Concat(ExitCodes.Keys), listed => Assert.Contains(listed, shown));
    }

    [Fact]
    public async Task EveryCommandInTheDocs_RunsAsDocumented()
    {
        var failures = new List<string>();
        var run = 0;
        foreach (var page in DocCommand.All(RepositoryPaths.Root).GroupBy(c => c.File))
        {
            var folder = Scratch(page.Key);
            foreach (var command in page.Where(c => !NotRun.ContainsKey(c.Text)))
            {
                run++;
                var (exit, error) = await ShellAsync(folder, command.Text);
                var expected = ExitCodes.GetValueOrDefault(command.Text, 0);
                var where = $"{command.File}:{command.Line}: {command.Text}";
                if (exit != expected)
                {
                    failures.Add($"{where}\n  exit {exit}, documented {expected}: {error.Trim()}");
                }
                else if (error.Contains("   at ", StringComparison.Ordinal) || error.Contains("Unhandled exception", StringComparison.Ordinal))
                {
                    failures.Add($"{where}\n  printed a stack trace: {error.Trim()}");
                }
                else if (command.ShownError is { } shown && error.Trim() != shown)
                {
                    failures.Add($"{where}\n  printed '{error.Trim()}', the page shows '{shown}'");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(run >= 25, $"only {run} commands ran");
    }

    /// <summary>A folder for one page: the repository's examples and tests, and the files the page's commands read.</summary>
    private string Scratch(string page)
    {
        var folder = Path.Combine(_root, page.Replace('/', '_'));
        Directory.CreateDirectory(folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "examples"), RepositoryPaths.Of("examples"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "tests"), RepositoryPaths.Of("tests"));

        // chujing on the PATH, as the README's alias makes it (and for the shells that xargs starts).
        var bin = Path.Combine(folder, ".bin");
        Directory.CreateDirectory(bin);
        var shim = Path.Combine(bin, "chujing");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "chujing.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // What the pages' commands read: the events and filing (consistency.md as the API returns it), the reader's own
        // data (scanning.md), a lake of two partitions and the folder the line before the xargs block makes.
        var events = string.Join('\n', Enumerable.Range(1, 3).Select(d =>
            $$"""{"processor":"{{Processor}}","filing":"F-2026-0001","time":"2026-05-0{{d}}T08:00:00Z","recipient":"Autowerk GmbH","country":"DE","scenario":"bj-auto-ota","fields":["ota-type"],"persons":0}""")) + "\n";
        File.WriteAllText(Path.Combine(folder, "events.jsonl"), events);
        File.WriteAllText(Path.Combine(folder, "filing.json"), $$"""
            {"id":"F-2026-0001","status":"approved","processor":"{{Processor}}","listEdition":"beijing-ftz/2024","scenario":"bj-auto-ota",
             "fields":["ota-type"],"recipients":[{"name":"Autowerk GmbH","country":"DE"}],"purpose":"OTA","importantData":false,
             "persons":{"personal":1000,"sensitive":0},"retentionMonths":24,"securityMeasures":"encryption","validFrom":"2026-01-01","validUntil":"2027-12-31",
             "pathway":"security-assessment","statusHistory":[{"at":"2026-01-02T01:00:00Z","status":"draft"},{"at":"2026-01-10T01:00:00Z","status":"approved"}]}
            """);
        File.WriteAllText(Path.Combine(folder, "counters.json"), $$"""[{"processor":"{{Processor}}","year":2026,"personal":10,"sensitive":0}]""");

        var corpus = File.ReadAllLines(RepositoryPaths.Of("tests", "Chujing.Scanning.Tests", "Corpus", "labelled-2000.csv"));
        void Csv(string path, int from, int count)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, corpus[0] + "\n" + string.Join('\n', corpus.Skip(1 + from).Take(count)) + "\n", new UTF8Encoding(false));
        }

        Csv(Path.Combine(folder, "customers.csv"), 0, 500);
        Csv(Path.Combine(folder, "export.csv"), 500, 200);
        Csv(Path.Combine(folder, "exports", "a.csv"), 700, 100);
        Csv(Path.Combine(folder, "exports", "b.csv"), 800, 100);
        Csv(Path.Combine(folder, "lake", "dt=2026-11-01", "part-0.csv"), 900, 100);
        Csv(Path.Combine(folder, "lake", "dt=2026-11-02", "part-0.csv"), 1000, 100);
        Directory.CreateDirectory(Path.Combine(folder, "partials"));

        // 客户编号, 姓名 and 手机号 are the first, second and fourth columns and never quoted.
        var people = corpus.Skip(1).Take(200).Select(l => l.Split(',')).ToList();
        MiniExcelLibs.MiniExcel.SaveAs(Path.Combine(folder, "customers.xlsx"),
            people.Select(c => new Dictionary<string, object> { ["客户编号"] = c[0], ["姓名"] = c[1], ["手机号"] = c[3] }).ToList());
        using (var connection = new SqliteConnection("Data Source=" + Path.Combine(folder, "app.db") + ";Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "create table customers (id text, name text, phone text)";
            create.ExecuteNonQuery();
            foreach (var c in people)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "insert into customers values ($id, $name, $phone)";
                insert.Parameters.AddWithValue("$id", c[0]);
                insert.Parameters.AddWithValue("$name", c[1]);
                insert.Parameters.AddWithValue("$phone", c[3]);
                insert.ExecuteNonQuery();
            }
        }

        return folder;
    }

    private static async Task<(int Exit, string Error)> ShellAsync(string folder, string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment["PATH"] = Path.Combine(folder, ".bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["CHUJING_SCAN_KEY"] = ScanKey;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, await error);
    }

    public void Dispose()
    {
        // The links first, so that nothing is deleted through them.
        foreach (var link in Directory.EnumerateDirectories(_root).SelectMany(d => new[] { Path.Combine(d, "examples"), Path.Combine(d, "tests") }).Where(Directory.Exists))
        {
            Directory.Delete(link);
        }

        Directory.Delete(_root, recursive: true);
    }
}
