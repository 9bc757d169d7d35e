using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Chujing.Cli.Tests.Ledger;

/// <summary>Regression tests for defects found by a new user of the ledger verbs, one per defect.</summary>
public sealed class LedgerDefectTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-ledger-defects-").FullName;
    private readonly List<string> _cleanup = [];

    private string PathOf(string name) => Path.Combine(_folder, name);

    private async Task<string> LedgerWith(int leaves, int batch = 100)
    {
        var log = PathOf("log.db");
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "init", log)).Exit);
        File.WriteAllText(PathOf("events.jsonl"), LedgerCli.Events(0, leaves));
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "append", log, PathOf("events.jsonl"), "--batch-size", batch.ToString(System.Globalization.CultureInfo.InvariantCulture))).Exit);
        return log;
    }

    // Tampering as an attacker with write access to the file would: drop the append-only triggers, then change rows.
    private static void Tamper(string log, string sql)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = log, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT group_concat('DROP TRIGGER ' || name, ';') FROM sqlite_master WHERE type = 'trigger'";
            var drop = command.ExecuteScalar() as string;
            command.CommandText = (drop is null ? string.Empty : drop + ";") + sql;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    private static void AssertOneLine(string error)
    {
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.True(CliRun.IsBilingual(line), line);
    }

    [Fact]
    public async Task Export_OntoTheLedgerItself_IsRefusedAndTheLedgerSurvives()
    {
        var log = await LedgerWith(10);
        foreach (var target in new[] { log, log + "-wal", log + ".key" })
        {
            var result = await LedgerCli.RunAsync("ledger", "export", log, target, "--force");
            Assert.Equal(2, result.Exit);
            AssertOneLine(result.Error);
        }

        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", log)).Exit);
    }

    [Fact]
    public async Task Export_OntoAnExistingFile_NeedsForce()
    {
        var log = await LedgerWith(10);
        File.WriteAllText(PathOf("other.txt"), "keep me");
        var refused = await LedgerCli.RunAsync("ledger", "export", log, PathOf("other.txt"));
        Assert.Equal(2, refused.Exit);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(PathOf("other.txt")));
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "export", log, PathOf("other.txt"), "--force")).Exit);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", PathOf("other.txt"))).Exit);
    }

    [Fact]
    public async Task Export_Json_PrintsASummary()
    {
        var log = await LedgerWith(10);
        var result = await LedgerCli.RunAsync("ledger", "export", log, PathOf("b.jsonl"), "--json");
        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(10, json.RootElement.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Prove_CorruptedLeafHash_FailsInsteadOfPrintingAWrongRoot()
    {
        var log = await LedgerWith(10);
        Tamper(log, "UPDATE leaves SET hash = zeroblob(32) WHERE idx = 3");
        var result = await LedgerCli.RunAsync("ledger", "prove", log, "--leaf", "5", "--json");
        Assert.Equal(1, result.Exit);
        Assert.Contains("signed tree head", result.Error, StringComparison.Ordinal);
        AssertOneLine(result.Error);
        Assert.Equal(1, (await LedgerCli.RunAsync("ledger", "prove", log, "--old-size", "2", "--size", "10")).Exit);
    }

    [Fact]
    public async Task Init_EmptyPath_IsRefused()
    {
        var result = await LedgerCli.RunAsync("ledger", "init", "");
        Assert.Equal(2, result.Exit);
        AssertOneLine(result.Error);
        Assert.False(File.Exists(".key"));
    }

    [Fact]
    public async Task Append_OnAnEmptyOrForeignFile_IsNotALedgerAndLeavesTheFileUnchanged()
    {
        File.WriteAllBytes(PathOf("empty.db"), []);
        File.WriteAllText(PathOf("events.jsonl"), LedgerCli.Events(0, 1));
        var key = PathOf("k.key");
        await LedgerCli.RunAsync("ledger", "init", PathOf("real.db"), "--key", key);
        var empty = await LedgerCli.RunAsync("ledger", "append", PathOf("empty.db"), PathOf("events.jsonl"), "--key", key);
        Assert.Equal(2, empty.Exit);
        Assert.Contains("not a Chujing ledger", empty.Error, StringComparison.Ordinal);
        Assert.Empty(File.ReadAllBytes(PathOf("empty.db")));

        using (var connection = new SqliteConnection("Data Source=" + PathOf("foreign.db") + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (x INTEGER)";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(PathOf("foreign.db"));
        var foreign = await LedgerCli.RunAsync("ledger", "append", PathOf("foreign.db"), PathOf("events.jsonl"), "--key", key);
        Assert.Equal(2, foreign.Exit);
        Assert.Equal(before, File.ReadAllBytes(PathOf("foreign.db")));

        File.WriteAllText(PathOf("text.db"), "just some text, not a database at all............................................................");
        var text = await LedgerCli.RunAsync("ledger", "append", PathOf("text.db"), PathOf("events.jsonl"), "--key", key);
        Assert.Equal(2, text.Exit);
        Assert.Contains("not a Chujing ledger", text.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DroppedTables_IsOneLineNotAStackTrace()
    {
        var log = await LedgerWith(10);
        Tamper(log, "DROP TABLE nodes; DROP TABLE tree_heads");
        foreach (var verb in new[] { "verify", "head" })
        {
            var result = await LedgerCli.RunAsync("ledger", verb, log);
            Assert.Equal(1, result.Exit);
            AssertOneLine(result.Error);
        }
    }

    [Fact]
    public async Task Verify_SignatureStoredAsText_IsOneLineNotAStackTrace()
    {
        var log = await LedgerWith(10);
        Tamper(log, "UPDATE tree_heads SET signature = 'abc' WHERE size = 10");
        var text = await LedgerCli.RunAsync("ledger", "verify", log);
        Assert.Equal(1, text.Exit);
        AssertOneLine(text.Error);
    }

    [Fact]
    public async Task Verify_HeadFileMissingAField_NamesTheField()
    {
        var log = await LedgerWith(3);
        File.WriteAllText(PathOf("head.json"), "{\"size\":3}");
        var result = await LedgerCli.RunAsync("ledger", "verify", log, "--head", PathOf("head.json"));
        Assert.Equal(2, result.Exit);
        Assert.Contains("'rootHash'", result.Error, StringComparison.Ordinal);
        AssertOneLine(result.Error);
    }

    [Fact]
    public async Task Verify_HeadFromTheOtherSuite_SaysSoPlainly()
    {
        var log = await LedgerWith(3);
        var other = PathOf("other.db");
        await LedgerCli.RunAsync("ledger", "init", other, "--suite", "sm3-sm2");
        File.WriteAllText(PathOf("head.json"), (await LedgerCli.RunAsync("ledger", "head", other, "--json")).Out);
        var result = await LedgerCli.RunAsync("ledger", "verify", log, "--head", PathOf("head.json"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("is not a sha256-ed25519 signature", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RandomFile_Exit2WithAPlainMessage()
    {
        File.WriteAllText(PathOf("random.bin"), "\u0001\u0002 garbage");
        var result = await LedgerCli.RunAsync("ledger", "verify", PathOf("random.bin"));
        Assert.Equal(2, result.Exit);
        Assert.Contains("not a Chujing ledger bundle", result.Error, StringComparison.Ordinal);
        AssertOneLine(result.Error);
    }

    /// <summary>Regression: an empty file failed verification (exit 1) as "line 1: the bundle is empty", naming no file.</summary>
    [Fact]
    public async Task Verify_EmptyFile_Exit2NamingTheFile()
    {
        File.WriteAllBytes(PathOf("empty.jsonl"), []);
        var result = await LedgerCli.RunAsync("ledger", "verify", PathOf("empty.jsonl"));
        Assert.Equal(2, result.Exit);
        AssertOneLine(result.Error);
        Assert.Contains(PathOf("empty.jsonl") + ": 不是出境证据包：文件为空", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("· not a Chujing ledger bundle: the file is empty", result.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_JsonLinesThatAreNotABundle_SaysSoOnceNamingTheFileAndWhy()
    {
        File.WriteAllText(PathOf("events.jsonl"), LedgerCli.Events(0, 2).Replace("{\"processor\"", "{\"type\":\"leaf\",\"processor\"", StringComparison.Ordinal));
        var result = await LedgerCli.RunAsync("ledger", "verify", PathOf("events.jsonl"));
        Assert.Equal(2, result.Exit);
        AssertOneLine(result.Error);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Error, "not a Chujing ledger bundle"));
        Assert.Contains(PathOf("events.jsonl") + ":1: 不是出境证据包：第一行不是证据包头", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("· not a Chujing ledger bundle: the first line is not a bundle header", result.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TruncatedExportedBundle_Fails()
    {
        var log = await LedgerWith(50, batch: 25);
        await LedgerCli.RunAsync("ledger", "export", log, PathOf("b.jsonl"));
        var lines = File.ReadAllLines(PathOf("b.jsonl"));
        File.WriteAllLines(PathOf("cut.jsonl"), lines[..(lines.Length / 2 + 1)]);
        var result = await LedgerCli.RunAsync("ledger", "verify", PathOf("cut.jsonl"), "--json");
        Assert.Equal(1, result.Exit);
        Assert.False(JsonDocument.Parse(result.Out).RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Verify_StrayNodeBeyondTheTree_IsNamed()
    {
        var log = await LedgerWith(55);
        Tamper(log, "INSERT INTO nodes (level, idx, hash) VALUES (4, 3, zeroblob(32))");
        var result = await LedgerCli.RunAsync("ledger", "verify", log);
        Assert.Equal(1, result.Exit);
        Assert.Contains("node at level 4 index 3", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NodeHashOfWrongLength_IsNamed()
    {
        var log = await LedgerWith(55);
        Tamper(log, "INSERT INTO nodes (level, idx, hash) VALUES (8, 0, x'00')");
        var result = await LedgerCli.RunAsync("ledger", "verify", log);
        Assert.Equal(1, result.Exit);
        Assert.Contains("node at level 8 index 0", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE FROM nodes WHERE level = 4 AND idx = 1", "node at level 4 index 1")]
    [InlineData("UPDATE leaves SET idx = 60 WHERE idx = 54", "leaf 54")]
    public async Task Verify_MissingOrMovedNode_NamesItAndWritesJson(string sql, string subject)
    {
        var log = await LedgerWith(55, batch: 10);
        Tamper(log, sql);
        var result = await LedgerCli.RunAsync("ledger", "verify", log, "--json");
        Assert.Equal(1, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(subject, json.RootElement.GetProperty("subject").GetString());
    }

    private async Task<(int Exit, string Out, string Error)> AppendLines(string log, params string[] lines)
    {
        File.WriteAllText(PathOf("in.jsonl"), string.Join('\n', lines) + "\n");
        return await LedgerCli.RunAsync("ledger", "append", log, PathOf("in.jsonl"));
    }

    [Fact]
    public async Task Append_NumberBeyondDoubleRange_Exit2NamingLineAndField()
    {
        var log = await LedgerWith(1);
        var result = await AppendLines(log, LedgerCli.EventLine(1), LedgerCli.EventLine(2).Replace("\"n\":2", "\"j\":1E400", StringComparison.Ordinal));
        Assert.Equal(2, result.Exit);
        Assert.Contains("in.jsonl:2: j:", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await LedgerCli.RunAsync("ledger", "verify", log)).Exit);
    }

    [Fact]
    public async Task Append_InvalidUtf8_Exit2NamingTheLine()
    {
        var log = await LedgerWith(1);
        var bytes = new List<byte>(System.Text.Encoding.UTF8.GetBytes(LedgerCli.EventLine(1) + "\n"));
        bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(LedgerCli.EventLine(2).Replace("Example GmbH", "Example G\u00fcbH", StringComparison.Ordinal)));
        bytes[bytes.IndexOf(0xC3)] = 0xFF;
        File.WriteAllBytes(PathOf("bad.jsonl"), [.. bytes]);
        var result = await LedgerCli.RunAsync("ledger", "append", log, PathOf("bad.jsonl"));
        Assert.Equal(2, result.Exit);
        Assert.Contains("bad.jsonl:2: 不是有效的 UTF-8 文本。 · not valid UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_EventWithManyProblems_GivesOneErrorLine()
    {
        var log = await LedgerWith(1);
        var result = await AppendLines(log, "{\"x\":1}");
        Assert.Equal(2, result.Exit);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("错误 error:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_LoneSurrogate_Exit2NotAStackTrace()
    {
        var log = await LedgerWith(1);
        var result = await AppendLines(log, LedgerCli.EventLine(2).Replace("Example GmbH", "\\ud800", StringComparison.Ordinal));
        Assert.Equal(2, result.Exit);
        Assert.Contains("in.jsonl:1: recipient:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_ByteOrderMarkOnStdin_IsAccepted()
    {
        var log = await LedgerWith(1);
        var result = await LedgerCli.RunWithInputAsync("\uFEFF" + LedgerCli.EventLine(5) + "\n", "ledger", "append", log, "-");
        Assert.Equal(0, result.Exit);
        Assert.Contains("appended 1 leaf;", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("0")]
    public async Task Append_BadBatchSize_Exit2OneLine(string size)
    {
        var log = await LedgerWith(1);
        var result = await LedgerCli.RunAsync("ledger", "append", log, PathOf("events.jsonl"), "--batch-size", size);
        Assert.Equal(2, result.Exit);
        Assert.Contains("--batch-size", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_DirectoryAsEvents_Exit2IsADirectory()
    {
        var log = await LedgerWith(1);
        var result = await LedgerCli.RunAsync("ledger", "append", log, _folder);
        Assert.Equal(2, result.Exit);
        Assert.Contains("is a directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_FailedBatch_SaysWhichLineToResumeFrom()
    {
        var log = await LedgerWith(1);
        var lines = LedgerCli.Events(10, 5).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[3] = "{}";
        File.WriteAllLines(PathOf("in.jsonl"), lines);
        var result = await LedgerCli.RunAsync("ledger", "append", log, PathOf("in.jsonl"), "--batch-size", "2");
        Assert.Equal(2, result.Exit);
        Assert.Contains("before line 3 of", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_UnknownSuite_IsOneErrorLine()
    {
        var result = await LedgerCli.RunAsync("ledger", "init", PathOf("s.db"), "--suite", "foo");
        Assert.Equal(2, result.Exit);
        AssertOneLine(result.Error);
        Assert.Contains("sm3-sm2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WriteProtectedCopyInAReadOnlyDirectory_Verifies()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var log = await LedgerWith(10);
        var folder = Directory.CreateDirectory(PathOf("read-only")).FullName;
        var copy = Path.Combine(folder, "copy.db");
        File.Copy(log, copy);
        const UnixFileMode readAndEnter = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(_folder, readAndEnter | UnixFileMode.UserWrite);
        File.SetUnixFileMode(copy, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, readAndEnter);
        try
        {
            // Root ignores file modes, so as root the CLI runs as an unprivileged user; without setpriv there is no way to test it.
            var asRoot = Environment.UserName == "root";
            if (asRoot && !File.Exists("/usr/bin/setpriv"))
            {
                return;
            }

            var program = asRoot ? ProgramReachableByAnyone() : Path.Combine(AppContext.BaseDirectory, "chujing.dll");
            foreach (var verb in new[] { "verify", "head" })
            {
                var start = new System.Diagnostics.ProcessStartInfo(asRoot ? "/usr/bin/setpriv" : "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
                start.Environment["HOME"] = Path.GetTempPath();
                foreach (var arg in (asRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet"] : Array.Empty<string>()).Concat([program, "ledger", verb, copy]))
                {
                    start.ArgumentList.Add(arg);
                }

                using var process = System.Diagnostics.Process.Start(start)!;
                var error = await process.StandardError.ReadToEndAsync();
                await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0, verb + ": " + error);
            }
        }
        finally
        {
            File.SetUnixFileMode(folder, readAndEnter | UnixFileMode.UserWrite);
        }
    }

    /// <summary>
    /// The CLI as the unprivileged user can run it: the build output itself when every folder above it may be entered
    /// by anyone, else a copy in the system temp folder (a clone checked out in a private
    /// folder, e.g. one made by mktemp -d, is closed to that user).
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string ProgramReachableByAnyone()
    {
        var output = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        if (OthersMayEnter(output))
        {
            return Path.Combine(output, "chujing.dll");
        }

        var copy = Path.Combine(Path.GetTempPath(), "chujing-cli-" + Guid.NewGuid().ToString("N"));
        _cleanup.Add(copy);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        const UnixFileMode open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        foreach (var folder in Directory.EnumerateDirectories(copy, "*", SearchOption.AllDirectories).Prepend(copy))
        {
            File.SetUnixFileMode(folder, open);
        }

        return OthersMayEnter(copy) ? Path.Combine(copy, "chujing.dll") : throw new InvalidOperationException("the system temp folder is closed to other users: " + copy);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool OthersMayEnter(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (!File.GetUnixFileMode(dir.FullName).HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        foreach (var copy in _cleanup)
        {
            Directory.Delete(copy, recursive: true);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
