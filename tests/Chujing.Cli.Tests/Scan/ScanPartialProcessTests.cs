using System.Diagnostics;

namespace Chujing.Cli.Tests.Scan;

/// <summary>
/// The cluster recipe of docs/scanning.md run locally: one process per partition, in parallel, each writing a partial
/// under the shared CHUJING_SCAN_KEY, then one merge — which must print exactly what one scan of the whole folder prints.
/// </summary>
public sealed class ScanPartialProcessTests : IDisposable
{
    private const string Key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "chujing-partials-" + Guid.NewGuid().ToString("N")[..10]);

    public ScanPartialProcessTests()
    {
        string[] people =
        [
            "张三,11010519491231002X,13800138000,zhang@example.cn", "李四,440304199001011233,15912345678,li@example.cn",
            "王五,,13800138000,wang@example.cn", "赵六,,17612345678,zhao@example.cn", "钱七,320106200002293455,,qian@example.cn",
        ];
        for (var day = 1; day <= 3; day++)
        {
            var folder = Path.Combine(_root, "export", "day=2026-11-0" + day);
            Directory.CreateDirectory(folder);
            var rows = Enumerable.Range(0, 40).Select(i => people[(i * day) % people.Length]);
            File.WriteAllText(Path.Combine(folder, "orders.csv"), "姓名,身份证号,手机号,电子邮箱\n" + string.Join('\n', rows) + "\n");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task PartitionsScannedInParallelProcesses_MergeToTheSingleScan()
    {
        Directory.CreateDirectory(Path.Combine(_root, "partials"));
        var jobs = Enumerable.Range(1, 3).Select(day => Chujing("scan", "export/day=2026-11-0" + day, "--partial", "partials/day-" + day + ".partial", "--json")).ToList();
        foreach (var job in await Task.WhenAll(jobs))
        {
            Assert.True(job.Code == 0, job.Error);
        }

        var merged = await Chujing("scan", "merge", "partials/day-1.partial", "partials/day-2.partial", "partials/day-3.partial", "--json");
        var single = await Chujing("scan", "export", "--json");
        Assert.True(merged.Code == 0, merged.Error);
        Assert.True(single.Code == 0, single.Error);
        Assert.Equal(single.Out, merged.Out);
        // 王五 has no ID and 张三's phone: one person with 张三 (a group seen with one person joins that person).
        Assert.Contains("\"distinct\": 4", single.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_WithoutAKey_AndMerge_OfATruncatedPartial_ExitTwoNamingTheFile()
    {
        var noKey = await Chujing(withKey: false, "scan", "export", "--partial", "p.partial");
        Assert.Equal(2, noKey.Code);
        Assert.Contains("CHUJING_SCAN_KEY", noKey.Error, StringComparison.Ordinal);

        Assert.Equal(0, (await Chujing("scan", "export", "--partial", "p.partial")).Code);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(_root, "p.partial"));
        await File.WriteAllBytesAsync(Path.Combine(_root, "p.partial"), bytes[..(bytes.Length / 2)]);
        var truncated = await Chujing("scan", "merge", "p.partial");
        Assert.Equal(2, truncated.Code);
        Assert.Single(truncated.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("p.partial", truncated.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_IntoAFolderThatDoesNotExist_ExitTwoNamingTheFolder()
    {
        // Once, the message named the temporary file the write went through ("Could not find a part of the path …tmp-…").
        var missing = await Chujing("scan", "export", "--partial", "nowhere/p.partial");

        Assert.Equal(2, missing.Code);
        Assert.Equal("错误 error: nowhere/p.partial: 文件夹“nowhere”不存在；请先创建。 · the folder 'nowhere' does not exist; create it first", missing.Error.Trim());
    }

    private Task<(int Code, string Out, string Error)> Chujing(params string[] args) => Chujing(true, args);

    private async Task<(int Code, string Out, string Error)> Chujing(bool withKey, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chujing.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (withKey)
        {
            start.Environment["CHUJING_SCAN_KEY"] = Key;
        }
        else
        {
            start.Environment.Remove("CHUJING_SCAN_KEY");
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
