using Chujing.TestSupport;

namespace Chujing.Web.Tests;

/// <summary><c>chujing serve</c> as a process, started against a PostgreSQL standby: what the operator sees.</summary>
public sealed class ServeStandbyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-standby-").FullName;

    /// <summary>Regression: EF Core logged the refused first write as a <c>fail:</c> block ahead of the one line.</summary>
    [Fact]
    public async Task Serve_OnAPostgresStandby_SaysOneLineAndNothingElse()
    {
        using var pair = PostgresStandbyPair.Start();
        var standby = await pair.StandbyConnectionStringAsync(pair.CreateDatabase("standby"));

        var (exitCode, output, error) = await ServeProcess.RunToExitAsync(standby, _folder);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("错误 error: ", line, StringComparison.Ordinal);
        Assert.Contains("the PostgreSQL database is a read-only standby", line, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
