using System.Net;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.Data.Sqlite;

namespace Chujing.Web.Tests.Documents;

/// <summary>The platform on a machine without Chromium: PDF downloads answer 503 naming what to install, DOCX works.</summary>
public sealed class NoChromiumTests(NoChromiumTests.Platform platform) : IClassFixture<NoChromiumTests.Platform>
{
    [Fact]
    public async Task PdfDownload_WithoutChromium_Is503NamingWhatToInstall_WhileDocxWorks()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var id = (string)(await DocumentApiTests.ApprovedAsync(client))["id"]!;

        var pdf = await ApiTests.ProblemAsync(await client.GetAsync($"api/filings/{id}/documents/filing-form.pdf"), HttpStatusCode.ServiceUnavailable);
        Assert.Contains("'chromium'", (string)pdf["detail"]!, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", (string)pdf["detail"]!, StringComparison.Ordinal);

        var docx = await client.GetAsync($"api/filings/{id}/documents/filing-form.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"api/filings/{id}/documents")).StatusCode);
    }

    /// <summary>A demo platform on SQLite whose Chromium path names nothing.</summary>
    public sealed class Platform : PlatformFixture
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("chujing-nochromium-").FullName;

        public override string ProviderName => "sqlite";

        protected override string? ChromiumPath => Path.Combine(_dir, "no-chromium");

        protected override Task<DatabaseLocation> CreateDatabaseAsync() => Task.FromResult(DatabaseLocation.Parse(Path.Combine(_dir, "chujing.db")));

        protected override Task DisposeDatabaseAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_dir, recursive: true);
            return Task.CompletedTask;
        }
    }
}
