using System.Net;
using System.Net.Http.Json;
using System.Text;
using Chujing.Web.Demo;
using Chujing.Web.Filings;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

/// <summary>The list revision journey: the city drafts, sees the impact, publishes; the affected enterprise sees the notice and moves its filing.</summary>
public sealed partial class BrowserJourneyTests
{
    [Fact]
    public async Task EditionJourney_CityTightensABand_PublishesAndTheEnterpriseMovesItsFiling()
    {
        var filing = await ApprovedClinicalTrialAsync();
        var edition = "beijing-ftz/j" + Guid.NewGuid().ToString("N")[..8];
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();

        await SignInAsync(page, DemoAccounts.City);
        await page.ClickAsync("[data-testid=nav-editions]");
        await page.SelectOptionAsync("#from", "beijing-ftz/2024");
        await page.FillAsync("#id", edition);
        await page.Locator("[data-testid=new-draft] button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=edition-status]")).ToHaveTextAsync("草稿");
        await page.FillAsync("#item", "bj-pharma-id-group-health");
        await page.FillAsync("#json", """{"thresholds": [{"counter": "sensitive", "atLeast": 5000, "pathway": "security-assessment"}]}""");
        await page.Locator("[data-testid=edit-item] button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-item=bj-pharma-id-group-health]")).ToContainTextAsync("敏感个人信息 5,000 人以上 → 数据出境安全评估");

        await page.ClickAsync("[data-testid=impact-link]");
        await Assertions.Expect(page.Locator($"[data-testid=impact] tr[data-filing={filing}]")).ToContainTextAsync("数据出境安全评估");
        await page.ScreenshotAsync(new() { Path = Shot("09-city-edition-impact.png"), FullPage = true });
        await page.GoBackAsync();

        foreach (var (kind, authority, number, date) in new[] { ("provincial-approval", "北京市网络安全和信息化委员会", "京网信委〔2026〕1号", "2026-05-20"), ("national-filing", "国家互联网信息办公室", "备案〔2026〕7号", "2026-05-28") })
        {
            await page.SelectOptionAsync("#kind", kind);
            await page.FillAsync("#authority", authority);
            await page.FillAsync("#number", number);
            await page.FillAsync("#date", date);
            await page.ClickAsync("[data-testid=approval] button[type=submit]");
            await Assertions.Expect(page.Locator("[data-testid=approval] table")).ToContainTextAsync(number);
        }

        await page.FillAsync("#effective", "2026-06-01");
        await page.ClickAsync("[data-testid=publish] button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=edition-status]")).ToHaveTextAsync("已发布");
        await page.ScreenshotAsync(new() { Path = Shot("10-city-edition-published.png"), FullPage = true });

        await page.ClickAsync("[data-testid=logout]");
        await SignInAsync(page, DemoAccounts.EnterpriseA);
        var notice = page.Locator($"[data-testid=notices] tr[data-notice={filing}]");
        // The revision by its title (its id in the link's title).
        await Assertions.Expect(notice).ToContainTextAsync("修订版）");
        await Assertions.Expect(notice.Locator($"a[title='{edition}']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Shot("11-enterprise-notice.png"), FullPage = true });
        await page.ClickAsync($"[data-testid=move-{filing}]");
        Assert.False(page.Url.Contains("Notices", StringComparison.Ordinal), await page.InnerTextAsync("main, body"));
        await Assertions.Expect(page).ToHaveURLAsync(DetailsUrl());
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("修订版）");
        await page.ScreenshotAsync(new() { Path = Shot("12-enterprise-moved.png"), FullPage = true });
    }

    /// <summary>A clinical-trial filing of enterprise A approved by 大兴, through the API.</summary>
    private async Task<string> ApprovedClinicalTrialAsync()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var request = ApiTests.NewFiling() with { Scenario = "bj-pharma-diagnosis-treatment", Fields = ["blood-test"], Persons = new PersonsBody(0, 6000) };
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", request), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        await ApiTests.Json(await officer.PostAsync($"api/filings/{id}/start-review", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsync($"api/filings/{id}/approve", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.OK);
        return id;
    }
}
