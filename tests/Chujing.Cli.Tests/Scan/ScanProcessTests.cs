using System.Diagnostics;
using System.Text;

namespace Chujing.Cli.Tests.Scan;

/// <summary>The scan in a process of its own, where no earlier test has initialised anything.</summary>
public sealed class ScanProcessTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "chujing-gb-" + Guid.NewGuid().ToString("N")[..10] + ".csv");

    public void Dispose() => File.Delete(_path);

    /// <summary>Regression: the strict GB18030 decoder was requested before the code-pages provider was registered.</summary>
    [Fact]
    public async Task Scan_Gb18030FileInAFreshProcess_IsRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await File.WriteAllBytesAsync(_path, Encoding.GetEncoding(54936).GetBytes("姓名,身份证号\n张三,11010519491231002X\n"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "chujing.dll"), "scan", _path, "--json"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Contains("\"cn-resident-id\"", await stdout, StringComparison.Ordinal);
    }
}
