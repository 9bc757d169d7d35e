using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Chujing.Web.Demo;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

public sealed partial class BrowserJourneyTests
{
    [Fact]
    public async Task NotificationJourney_OfficerReturns_EnterpriseSeesTheBellAndFollowsTheLinkToTheFiling()
    {
        // The enterprise has submitted a filing and read everything it was told so far.
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = "通知旅程：临床试验数据出境" }), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        await ApiTests.Json(await enterprise.PostAsync("api/notifications/read-all", null), HttpStatusCode.OK);

        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var details = new Uri(platform.BaseAddress, $"Filings/Details/{id}").ToString();

        await SignInAsync(page, DemoAccounts.Daxing);
        await page.GotoAsync(details);
        await page.FillAsync("#note", "请补充境外接收方的数据安全能力说明");
        await page.ClickAsync("[data-testid=action-return-for-correction]");
        await ExpectStatusAsync(page, "退回补正");

        await SwitchAsync(page, DemoAccounts.EnterpriseA, new Uri(platform.BaseAddress, "/").ToString());
        await Assertions.Expect(page.Locator("[data-testid=bell-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-testid=bell]")).ToHaveAttributeAsync("title", "通知（未读 1 条）");
        await page.ScreenshotAsync(new() { Path = Shot("notifications-01-bell.png") });

        await page.ClickAsync("[data-testid=bell]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Notifications$"));
        var latest = page.Locator("[data-testid=notification]").First;
        await Assertions.Expect(latest).ToHaveAttributeAsync("data-read", "false");
        await Assertions.Expect(latest).ToContainTextAsync("备案退回补正");
        await Assertions.Expect(latest).ToContainTextAsync("审核意见：请补充境外接收方的数据安全能力说明");
        var link = latest.Locator("[data-testid=notification-link]");
        await Assertions.Expect(link).ToHaveTextAsync($"备案 {id} 被退回补正");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/Filings/Details/{id}");
        await page.ScreenshotAsync(new() { Path = Shot("notifications-02-page.png"), FullPage = true });

        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(details);
        await ExpectStatusAsync(page, "退回补正");

        await page.GotoAsync(new Uri(platform.BaseAddress, "Notifications").ToString());
        await page.Locator("[data-testid=notification]").First.Locator("[data-testid=mark-read]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=bell-count]")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-testid=notification]").First).ToHaveAttributeAsync("data-read", "true");
    }
}
