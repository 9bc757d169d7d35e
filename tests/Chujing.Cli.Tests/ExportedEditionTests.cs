using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Domain.Calendar;
using Chujing.Persistence;
using Chujing.Web;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Chujing.Cli.Tests;

/// <summary>
/// The edition a city publishes in the platform, exported as YAML and saved as downloaded, is what
/// <c>chujing catalog show --catalog-dir</c> loads: on its own, even when it revises an edition published only in the
/// platform.
/// </summary>
public sealed class ExportedEditionTests : IAsyncLifetime
{
    private const string GroupHealth = "bj-pharma-id-group-health";

    private readonly string _dir = Directory.CreateTempSubdirectory("chujing-cli-platform-").FullName;
    private WebApplication? _app;
    private HttpClient? _city;

    public async Task InitializeAsync()
    {
        _app = PlatformApp.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = DatabaseLocation.Parse(Path.Combine(_dir, "chujing.db")),
            Demo = true,
            DataDirectory = Path.Combine(_dir, "data"),
            FrameworkLogLevel = LogLevel.Error,
        });
        await _app.PrepareAsync();
        await _app.StartAsync();
        _city = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_app.Urls.First() + "/") };
        (await _city.PostAsJsonAsync("api/auth/login", new { email = DemoAccounts.City, password = DemoAccounts.Password })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        _city?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task CatalogShow_ExportedRevisionOfARevision_LoadsAloneAndBesideItsBase()
    {
        var first = await PublishAsync("beijing-ftz/2024", "beijing-ftz/2031", 5000);
        var second = await PublishAsync("beijing-ftz/2031", "beijing-ftz/2032", 4000);
        var response = await _city!.GetAsync("api/editions/beijing-ftz/2032?format=yaml");
        var yaml = await response.Content.ReadAsStringAsync();
        Assert.Equal("beijing-ftz-2032.yaml", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        // Saved as the browser names it, alone in a folder: 2032 supersedes 2031, which only the platform holds.
        var alone = Directory.CreateDirectory(Path.Combine(_dir, "alone")).FullName;
        await File.WriteAllTextAsync(Path.Combine(alone, "beijing-ftz-2032.yaml"), yaml, new UTF8Encoding(false));
        var shown = await CliRun.RunAsync("catalog", "show", "beijing-ftz/2032", "--catalog-dir", alone);
        var json = await CliRun.RunAsync("catalog", "show", "beijing-ftz/2032", "--catalog-dir", alone, "--json");

        Assert.True(shown.ExitCode == 0, shown.Error);
        Assert.Contains((string)second["title"]!, shown.Out, StringComparison.Ordinal);
        Assert.Contains("提示 note: --catalog-dir 中的 beijing-ftz/2032 修订 beijing-ftz/2031，而后者未加载（加入其文件即可比较） · beijing-ftz/2032 from --catalog-dir supersedes beijing-ftz/2031, which is not loaded", shown.Error, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal("beijing-ftz/2031", json.Json().GetProperty("supersedes").GetString());
        var band = json.Json().GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("items").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == GroupHealth).GetProperty("thresholds")[0];
        Assert.Equal(4000, band.GetProperty("atLeast").GetInt64());

        // Beside its base, laid out as <jurisdiction>/<edition>.yaml, the two compare without a note.
        var both = Directory.CreateDirectory(Path.Combine(_dir, "both", "beijing-ftz")).FullName;
        await File.WriteAllTextAsync(Path.Combine(both, "2031.yaml"), await _city.GetStringAsync("api/editions/beijing-ftz/2031?format=yaml"), new UTF8Encoding(false));
        await File.WriteAllTextAsync(Path.Combine(both, "2032.yaml"), yaml, new UTF8Encoding(false));
        var diff = await CliRun.RunAsync("catalog", "diff", "beijing-ftz/2031", "beijing-ftz/2032", "--catalog-dir", Path.GetDirectoryName(both)!);
        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.Contains(GroupHealth, diff.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("not loaded", diff.Error, StringComparison.Ordinal);

        // A draft is named as a revision of its base unless the city names it, never marked twice: the revision of the
        // first revision is the second.
        Assert.Equal("中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）（修订版）", (string?)first["title"]);
        Assert.Equal("中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）（第 2 次修订版）", (string?)second["title"]);
    }

    [Fact]
    public async Task CatalogShow_FileThatIsNotAnEdition_Exit2NamingTheFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "bad")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "export.yaml"), "id: beijing-ftz/2033\nfamily: scenario\n", new UTF8Encoding(false));

        var run = await CliRun.RunAsync("catalog", "show", "beijing-ftz/2033", "--catalog-dir", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("export.yaml", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Drafts <paramref name="id"/> from <paramref name="from"/> with the group-health band at <paramref name="atLeast"/> and publishes it today; the draft's list entry.</summary>
    private async Task<JsonNode> PublishAsync(string from, string id, long atLeast)
    {
        var city = _city!;
        var today = RegulatoryCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await Json(await city.PostAsJsonAsync("api/editions/drafts", new { from, id }), HttpStatusCode.Created);
        var band = $$"""{"thresholds": [{"counter": "sensitive", "atLeast": {{atLeast}}, "pathway": "security-assessment"}]}""";
        await Json(await city.PatchAsync($"api/editions/drafts/{id}/items/{GroupHealth}", new StringContent(band, Encoding.UTF8, "application/json")), HttpStatusCode.OK);
        await Json(await city.PostAsJsonAsync($"api/editions/drafts/{id}/approvals", new { kind = "provincial-approval", authority = "北京市网络安全和信息化委员会", documentNumber = "京网信委〔2031〕1号", date = today }), HttpStatusCode.OK);
        await Json(await city.PostAsJsonAsync($"api/editions/drafts/{id}/approvals", new { kind = "national-filing", authority = "国家互联网信息办公室", documentNumber = "备案〔2031〕7号", date = today }), HttpStatusCode.OK);
        await Json(await city.PostAsJsonAsync($"api/editions/drafts/{id}/publish", new { effective = today }), HttpStatusCode.OK);
        return created;
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
