using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using Chujing.Web.Filings;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

/// <summary>Consistency in the browser: the enterprise records exports with one deviation and sees it; the 大兴 officer sees it in the queue with its ledger leaf.</summary>
public sealed partial class BrowserJourneyTests
{
    [Fact]
    public async Task Consistency_EnterpriseSeesItsDeviation_OfficerSeesItInTheQueueWithItsLeaf()
    {
        // Arranged through the API: an approved filing of enterprise A with one recipient (Novum Pharma AG, CH).
        var api = await platform.As(DemoAccounts.EnterpriseA);
        var created = await ApiTests.Json(await api.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = "浏览器测试：一致性" }), HttpStatusCode.Created);
        var id = (string)created["id"]!;
        await ApiTests.Json(await api.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        await ApiTests.Json(await (await platform.As(DemoAccounts.Daxing)).PostAsJsonAsync($"api/filings/{id}/approve", new { note = "准予备案" }), HttpStatusCode.OK);
        var uscc = await ConsistencyApiTests.UsccAsync(api);

        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 1000 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.EnterpriseA);

        // The enterprise's export job records two exports in its session: one as filed, one to a recipient not filed.
        var response = await page.APIRequest.PostAsync(new Uri(platform.BaseAddress, "api/evidence").ToString(), new()
        {
            DataObject = new object[]
            {
                ConsistencyApiTests.Event(uscc, id, "Novum Pharma AG", "CH", "browser-1"),
                ConsistencyApiTests.Event(uscc, id, "Browser Unfiled GmbH", "CH", "browser-2"),
            },
        });
        Assert.Equal(200, response.Status);
        var receipt = JsonNode.Parse(await response.TextAsync())!;
        var leaf = (long)receipt["leafIndexes"]!.AsArray()[1]!;
        Assert.Single(receipt["deviations"]!.AsArray());

        await page.GotoAsync(new Uri(platform.BaseAddress, "Deviations?filing=" + id).ToString());
        var row = page.Locator("[data-testid=deviations] tr[data-kind=recipient-not-filed]");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("接收方未备案");
        await Assertions.Expect(row).ToContainTextAsync("Browser Unfiled GmbH");
        await page.ScreenshotAsync(new() { Path = Shot("10-enterprise-deviation.png"), FullPage = true });

        await page.GotoAsync(new Uri(platform.BaseAddress, "/").ToString());
        await Assertions.Expect(page.Locator("[data-testid=deviations]").First).ToContainTextAsync("Browser Unfiled GmbH");

        await SwitchAsync(page, DemoAccounts.Daxing, new Uri(platform.BaseAddress, "Deviations?filing=" + id).ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("一致性偏差队列");
        var queued = page.Locator("[data-testid=deviations] tr[data-kind=recipient-not-filed]");
        await Assertions.Expect(queued).ToHaveCountAsync(1);
        await Assertions.Expect(queued.Locator("[data-testid=deviation-leaf]")).ToHaveTextAsync("#" + leaf.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(queued).ToContainTextAsync("严重");
        await Assertions.Expect(page.Locator("[data-testid=deviation-counts] tr[data-zone=daxing]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("11-officer-deviation-queue.png"), FullPage = true });
    }
}
