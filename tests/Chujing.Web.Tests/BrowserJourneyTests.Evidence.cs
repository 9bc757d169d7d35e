using System.Text;
using System.Text.Json.Nodes;
using Chujing.TestSupport;
using Chujing.Web.Demo;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

public sealed partial class BrowserJourneyTests
{
    /// <summary>
    /// An enterprise uploads examples/events.jsonl with one bad line: the page names the line in Chinese and records
    /// nothing; the good file then records every event, which appear in the list linked to their filing. The upload
    /// runs through the page's script (progress bar), so the address stays the evidence page's.
    /// </summary>
    [Fact]
    public async Task EvidenceUpload_OneBadLineRecordsNothing_ThenTheGoodFileRecordsEveryEvent()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var api = await platform.As(DemoAccounts.EnterpriseA);
        var sample = await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.Root, "examples", "events.jsonl"));
        var bad = sample.ToArray();
        bad[2] = bad[2].Replace("\"persons\":4", "\"persons\":\"four\"", StringComparison.Ordinal);
        var before = await RecordCountAsync(api);

        await SignInAsync(page, DemoAccounts.EnterpriseA);
        await page.GotoAsync(new Uri(platform.BaseAddress, "Evidence").ToString());
        await page.SetInputFilesAsync("[data-testid=upload-file]", new FilePayload { Name = "events.jsonl", MimeType = "application/jsonl", Buffer = Encoding.UTF8.GetBytes(string.Join("\n", bad) + "\n") });
        await page.ClickAsync("[data-testid=upload-submit]");
        var errors = page.Locator("[data-testid=upload-errors]");
        await Assertions.Expect(errors).ToContainTextAsync("未记录任何事件");
        await Assertions.Expect(errors.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(errors.Locator("li")).ToContainTextAsync("第 3 行 · 人数：");
        Assert.EndsWith("/Evidence", page.Url, StringComparison.Ordinal);
        Assert.Equal(before, await RecordCountAsync(api));
        await page.ScreenshotAsync(new() { Path = Shot("evidence-upload-bad-line.png"), FullPage = true });

        await page.SetInputFilesAsync("[data-testid=upload-file]", new FilePayload { Name = "events.jsonl", MimeType = "application/jsonl", Buffer = Encoding.UTF8.GetBytes(string.Join("\n", sample) + "\n") });
        await page.ClickAsync("[data-testid=upload-submit]");
        await Assertions.Expect(page.Locator("[data-testid=upload-recorded]")).ToContainTextAsync("已记录 4 条出境事件");
        await Assertions.Expect(page.Locator("[data-testid=upload-errors]")).ToHaveCountAsync(0);
        Assert.Equal(before + 4, await RecordCountAsync(api));
        var newest = page.Locator("[data-testid=evidence] tbody tr").First;
        await Assertions.Expect(newest).ToContainTextAsync("Novum Research Inc.（美国）");
        await Assertions.Expect(page.Locator("[data-testid=evidence] [data-testid=record-filing]").First).ToHaveAttributeAsync("href", "/Filings/Details/F-2026-0002");
        await page.ScreenshotAsync(new() { Path = Shot("evidence-upload-recorded.png"), FullPage = true });

        // The newest record's inclusion proof and the whole ledger download from the page.
        var folder = Directory.CreateTempSubdirectory("chujing-proof-");
        try
        {
            var proofDownload = await page.RunAndWaitForDownloadAsync(() => newest.Locator("[data-testid=record-proof]").ClickAsync());
            var proofPath = Path.Combine(folder.FullName, proofDownload.SuggestedFilename);
            await proofDownload.SaveAsAsync(proofPath);
            var proof = JsonNode.Parse(await File.ReadAllTextAsync(proofPath))!;
            Assert.Equal("inclusion", (string?)proof["type"]);
            Assert.Equal((long)proof["treeSize"]! - 1, (long)proof["leafIndex"]!);

            var bundle = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=ledger-bundle]"));
            Assert.EndsWith(".bundle.jsonl", bundle.SuggestedFilename, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The city filters the filings by zone group and date, pages through them, and downloads the export with the same filters.</summary>
    [Fact]
    public async Task Lists_CityFiltersFilingsAndDownloadsTheExportOfWhatIsShown()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.City);
        await page.GotoAsync(new Uri(platform.BaseAddress, "Filings").ToString());
        await page.SelectOptionAsync("[data-testid=filter-zone]", "haidian");
        await page.FillAsync("[data-testid=filter-from]", "2026-01-01");
        await page.ClickAsync("[data-testid=filter-apply]");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("zone=haidian"));
        var shown = await page.Locator("[data-testid=filings] tbody tr").CountAsync();
        Assert.True(shown > 0);
        Assert.DoesNotContain("北京大兴示例医药有限公司", await page.InnerTextAsync("[data-testid=filings]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("lists-filings-filtered.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-csv]"));
        var path = Path.Combine(Path.GetTempPath(), "chujing-" + Guid.NewGuid().ToString("N") + ".csv");
        await download.SaveAsAsync(path);
        try
        {
            var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var listed = JsonNode.Parse(await (await platform.As(DemoAccounts.City)).GetStringAsync("api/filings?zone=haidian&from=2026-01-01"))!.AsArray().Count;
            Assert.Equal(listed, lines.Length - 1);
            Assert.All(lines[1..], l => Assert.Contains(",海淀,", l, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }

        await page.GotoAsync(new Uri(platform.BaseAddress, "Statistics?from=2026-01-01&to=2026-12-31").ToString());
        await Assertions.Expect(page.Locator("[data-testid=statistics]")).ToContainTextAsync("备案（按自贸组团）");
        await page.ScreenshotAsync(new() { Path = Shot("lists-statistics.png"), FullPage = true });
        await page.GotoAsync(new Uri(platform.BaseAddress, "Audit?entity=filing").ToString());
        await Assertions.Expect(page.Locator("[data-testid=audit]")).ToBeVisibleAsync();
        var audit = await page.InnerTextAsync("[data-testid=audit]");
        Assert.Contains("备案 F-", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("filing F-", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("status:", audit, StringComparison.Ordinal);
        await page.SelectOptionAsync("[data-testid=filter-entity]", new SelectOptionValue { Label = "账户" });
        await page.GotoAsync(new Uri(platform.BaseAddress, "Audit?entity=flling").ToString());
        await Assertions.Expect(page.Locator("[data-testid=filter-problems]")).ToContainTextAsync("对象类型：");
        await page.ScreenshotAsync(new() { Path = Shot("lists-audit.png"), FullPage = true });
    }

    private static async Task<int> RecordCountAsync(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync("api/evidence/records?take=1000"))!.AsArray().Count;
}
