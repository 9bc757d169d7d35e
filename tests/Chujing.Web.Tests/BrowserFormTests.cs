using System.Net;
using System.Net.Http.Json;
using Chujing.Persistence.Accounts;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

/// <summary>The filing form's catalog pickers, the Chinese error page and the narrow (390 px) screen, in Chromium.</summary>
public sealed partial class BrowserJourneyTests
{
    [Fact]
    public async Task FilingForm_Pickers_EditionThenScenarioThenFieldsBySynonym()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.EnterpriseA);
        await page.ClickAsync("[data-testid=nav-new-filing]");

        // Nothing to type: the edition, the scenario and the fields are chosen.
        Assert.Equal(0, await page.Locator("input#Input_Scenario, input#Input_ListEdition, input#Input_Fields").CountAsync());
        Assert.Contains("北京", await page.Locator("#Input_ListEdition option:checked").InnerTextAsync(), StringComparison.Ordinal);
        await page.SelectOptionAsync("#Input_Scenario", new SelectOptionValue { Label = "药物研发" });
        var group = page.Locator(".field-group[data-scenario=bj-pharma-drug-rd]");
        await Assertions.Expect(group).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".field-group[data-scenario=bj-auto-ota]")).ToBeHiddenAsync();

        // A synonym finds the field: 医学影像 is the catalog's synonym of 影像.
        await page.FillAsync("#field-search", "医学影像");
        await Assertions.Expect(group.Locator("label.check:visible")).ToHaveCountAsync(1);
        await group.Locator("label.check:visible input").CheckAsync();
        await page.FillAsync("#field-search", "");

        // Another scenario without that field unticks it and says so.
        await page.SelectOptionAsync("#Input_Scenario", new SelectOptionValue { Label = "OTA在线升级" });
        await Assertions.Expect(page.Locator("[data-testid=fields-dropped]")).ToContainTextAsync("影像");
        await page.SelectOptionAsync("#Input_Scenario", new SelectOptionValue { Label = "药物研发" });
        await group.Locator("input[value=medical-imaging]").CheckAsync();
        await group.Locator("input[value=blood-test]").CheckAsync();

        await page.FillAsync("#Input_Title", "选择器测试：药物研发数据");
        await page.FillAsync("#Input_Recipients", "Novum Pharma AG, CH");
        await page.FillAsync("#Input_Purpose", "多中心临床试验");
        await page.FillAsync("#Input_PersonsSensitive", "100");
        await page.FillAsync("#Input_SecurityMeasures", "加密传输");
        await page.ClickAsync("[data-testid=save]");
        await Assertions.Expect(page).ToHaveURLAsync(DetailsUrl());
        var details = await page.InnerTextAsync("main");
        Assert.Contains("影像、血液检测", details, StringComparison.Ordinal);
        Assert.Contains("药物研发", details, StringComparison.Ordinal);

        // The legal basis reads in Chinese, the English beside it.
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", await page.Locator("[data-testid=basis-explanation]").First.InnerTextAsync());
        Assert.Matches("[A-Za-z]{4,}", await page.Locator("[data-testid=basis-explanation-beside]").First.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("09-picker-saved.png"), FullPage = true });
    }

    [Fact]
    public async Task ErrorPage_UnknownFiling_ChinesePageInTheLayout()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.Daxing);
        var response = await page.GotoAsync(new Uri(platform.BaseAddress, "Filings/Details/F-1999-0001").ToString());
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("[data-testid=error-page] h1")).ToContainTextAsync("找不到该页面");
        await Assertions.Expect(page.Locator("[data-testid=logout]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("10-error-404.png"), FullPage = true });
    }

    [Theory]
    [InlineData(DemoAccounts.Daxing, "/")]
    [InlineData(DemoAccounts.EnterpriseA, "/Filings/Edit")]
    [InlineData(DemoAccounts.City, "/Filings")]
    [InlineData(DemoAccounts.Daxing, "/Filings/Details/F-2026-0001")]
    [InlineData(DemoAccounts.Daxing, "/Deviations")]
    [InlineData(DemoAccounts.EnterpriseA, "/Findings")]
    [InlineData(DemoAccounts.Daxing, "/SpotChecks")]
    [InlineData(DemoAccounts.Daxing, "/Notifications")]
    [InlineData(DemoAccounts.City, "/Editions")]
    [InlineData(DemoAccounts.City, "/Accounts")]
    public async Task NarrowScreen_390px_PageFitsWithoutSidewaysScrolling(string account, string path)
    {
        if (path == "/Findings")
        {
            // Regression: with findings open to objection, the objection form's picker of findings was as wide as its
            // longest option (647 px). A check run gives the enterprise findings to object to.
            var officer = await platform.As(DemoAccounts.Daxing);
            var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
            await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{check["id"]}/draw", new
            {
                contributions = new[] { new { party = "zone-group", value = "126331563425" }, new { party = "enterprise-witness", value = "390px-findings" } },
            }), HttpStatusCode.OK);
            await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{check["id"]}/run", null), HttpStatusCode.OK);
        }

        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, account);
        var response = await page.GotoAsync(new Uri(platform.BaseAddress, path.TrimStart('/')).ToString());
        Assert.Equal(200, response!.Status);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391 || e.scrollWidth > 391).map(e => e.tagName + '.' + e.className + ' r=' + Math.round(e.getBoundingClientRect().right) + ' sw=' + e.scrollWidth + ': ' + (e.textContent || '').trim().slice(0, 60)).slice(-4).join(' | ')");
        Assert.True(width <= 390, $"{path} is {width} px wide at 390 px: {widest}");
        await page.ScreenshotAsync(new() { Path = Shot("11-narrow" + path.Replace('/', '-') + ".png"), FullPage = true });
    }

    [Fact]
    public async Task SignIn_AfterLockoutEnded_TellsTheOwnerOnce()
    {
        const string email = "locked-browser@demo.local";
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = new PlatformUser { UserName = email, Email = email, DisplayName = "锁定测试", Regulator = "cac" };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PlatformRoles.CityRegulator)).Succeeded);
        }

        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(platform.BaseAddress, "Account/Login").ToString());
        for (var i = 0; i < 5; i++)
        {
            await page.FillAsync("#Email", email);
            await page.FillAsync("#Password", "wrong-password-" + i);
            await page.ClickAsync("[data-testid=login-submit]");
            await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToBeVisibleAsync();
        }

        // The lockout runs out (its end moves into the past, as waiting 15 minutes would do).
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.True(await users.IsLockedOutAsync(user));
            await users.SetLockoutEndDateAsync(user, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        }

        await SignInAsync(page, email);
        await Assertions.Expect(page.Locator("[data-testid=lockout-notice]")).ToContainTextAsync("锁定");
        await page.ScreenshotAsync(new() { Path = Shot("12-lockout-notice.png"), FullPage = true });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=lockout-notice]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ApiReference_RendersTheOpenApiDocumentOffline()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(platform.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        await page.GotoAsync(new Uri(platform.BaseAddress, "api-reference").ToString());
        await Assertions.Expect(page.GetByText("Chujing supervision platform").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("filings").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("13-api-reference.png") });
        Assert.Empty(foreign);
    }
}
