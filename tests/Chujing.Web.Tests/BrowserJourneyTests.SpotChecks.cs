using System.Text.RegularExpressions;
using Chujing.Web.Demo;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

public sealed partial class BrowserJourneyTests
{
    [Fact]
    public async Task SpotCheckJourney_OfficerDrawsAndRuns_EnterpriseRectifies_OfficerCloses_PublicPageShowsIt()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();

        await SignInAsync(page, DemoAccounts.Daxing);
        await page.GotoAsync(new Uri(platform.BaseAddress, "SpotChecks").ToString());
        await page.FillAsync("#from", "2026-01-01");

        // Every filing in force and every record of each, so that the demo's deviating exports are in the sample
        // whatever filings the other tests have approved meanwhile (a smaller sample could draw only theirs).
        await page.FillAsync("#filings", "50");
        await page.FillAsync("#records", "100");
        await page.ClickAsync("[data-testid=plan]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/SpotChecks/Details\?id=SC-\d{4}-\d{4}$"));
        var details = page.Url;
        var id = details[(details.IndexOf("id=", StringComparison.Ordinal) + 3)..];
        await Assertions.Expect(page.Locator("[data-testid=check-status]")).ToContainTextAsync("已计划");
        await page.FillAsync("#group", "126331563425");
        await page.FillAsync("#witness", "354643662325-browser");
        await page.ClickAsync("[data-testid=draw]");
        await Assertions.Expect(page.Locator("[data-testid=check-status]")).ToContainTextAsync("已抽取");
        await Assertions.Expect(page.Locator("[data-testid=sample]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("20-spot-check-drawn.png"), FullPage = true });
        await page.ClickAsync("[data-testid=run]");
        await Assertions.Expect(page.Locator("[data-testid=check-status]")).ToContainTextAsync("已完成");
        await Assertions.Expect(page.Locator("[data-testid=findings]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("21-spot-check-run.png"), FullPage = true });

        // The enterprise answers a major finding of this check.
        await SwitchAsync(page, DemoAccounts.EnterpriseA, new Uri(platform.BaseAddress, "Findings").ToString());
        await Assertions.Expect(page.Locator("[data-testid=rating]")).ToBeVisibleAsync();
        var card = page.Locator("[data-testid=finding]").Filter(new() { HasText = id }).Filter(new() { HasText = "Major" }).Filter(new() { HasText = "待整改" }).First;
        var finding = await card.GetAttributeAsync("id");
        await card.Locator("textarea[name=rootCause]").FillAsync("出境网关未按备案限定业务场景");
        await card.Locator("textarea[name=measures]").FillAsync("网关增加场景校验；补充备案");
        await card.Locator("[data-testid=rectify]").ClickAsync();
        await Assertions.Expect(page.Locator($"[id='{finding}'] [data-testid=finding-status]")).ToContainTextAsync("已提交整改");
        await page.ScreenshotAsync(new() { Path = Shot("22-enterprise-rectified.png"), FullPage = true });

        // The officer accepts it: a major finding closes.
        await SwitchAsync(page, DemoAccounts.Daxing, new Uri(platform.BaseAddress, "Findings").ToString());
        await page.Locator($"[id='{finding}'] [data-testid=accept]").ClickAsync();
        await Assertions.Expect(page.Locator($"[id='{finding}'] [data-testid=finding-status]")).ToContainTextAsync("已关闭");

        // Anyone sees the finished check and the command that re-derives it.
        await page.ClickAsync("[data-testid=logout]");
        await page.GotoAsync(new Uri(platform.BaseAddress, "public/spot-checks").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/public/spot-checks/view$"));
        await Assertions.Expect(page.Locator("[data-testid=public-check]").Filter(new() { HasText = id })).ToContainTextAsync("chujing spot-check plan");
        await page.ScreenshotAsync(new() { Path = Shot("23-public-spot-checks.png"), FullPage = true });
    }
}
