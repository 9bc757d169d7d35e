using System.Text.RegularExpressions;
using Chujing.TestSupport;
using Chujing.Web.Demo;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

/// <summary>
/// The main journey in a real headless Chromium (Debian's, never a downloaded one): an enterprise drafts a filing,
/// sees its assessment and submits it; the 大兴 officer returns it for correction; the enterprise amends and
/// resubmits; the officer approves; the enterprise sees it approved — in Chinese, then in English. Screenshots go to
/// TestResults/screenshots.
/// </summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed partial class BrowserJourneyTests(SqlitePlatformFixture platform) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Screenshots = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), "Debian's chromium is needed at /usr/bin/chromium; scripts/test.sh installs it.");
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();

        // The machine may be busy with other builds; a slow page is not a failure of the journey.
        Assertions.SetDefaultExpectTimeout(60_000);
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public async Task MainJourney_DraftSubmitReturnAmendApprove_EnterpriseSeesApproved()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();

        await SignInAsync(page, DemoAccounts.EnterpriseA);
        await page.ScreenshotAsync(new() { Path = Shot("01-enterprise-dashboard.png"), FullPage = true });

        await page.ClickAsync("[data-testid=nav-new-filing]");
        await page.FillAsync("#Input_Title", "浏览器测试：药物警戒数据出境");
        await page.SelectOptionAsync("#Input_Scenario", "bj-pharma-pharmacovigilance");
        await page.FillAsync("#Input_Recipients", "Novum Pharma AG, CH");
        await page.FillAsync("#Input_Purpose", "全球药物警戒个案汇总");
        await page.FillAsync("#Input_PersonsPersonal", "5000");
        await page.FillAsync("#Input_SecurityMeasures", "加密传输、去标识化");
        await page.ClickAsync("[data-testid=save]");
        await Assertions.Expect(page).ToHaveURLAsync(DetailsUrl());
        var details = page.Url;
        await ExpectStatusAsync(page, "草稿");
        Assert.True(await page.IsVisibleAsync("[data-testid=assessment]"));
        await page.ScreenshotAsync(new() { Path = Shot("02-draft-with-assessment.png"), FullPage = true });
        await page.ClickAsync("[data-testid=action-submit]");
        await ExpectStatusAsync(page, "已提交");

        await SwitchAsync(page, DemoAccounts.Daxing, details);
        await page.FillAsync("#note", "请补充境外接收方所在国家/地区的第二个接收方");
        await page.ClickAsync("[data-testid=action-return-for-correction]");
        await ExpectStatusAsync(page, "退回补正");
        await page.ScreenshotAsync(new() { Path = Shot("03-officer-returned.png"), FullPage = true });

        await SwitchAsync(page, DemoAccounts.EnterpriseA, details);
        Assert.Contains("第二个接收方", await page.InnerTextAsync("[data-testid=review-note]"), StringComparison.Ordinal);
        await page.ClickAsync("[data-testid=amend]");
        await page.FillAsync("#Input_Recipients", "Novum Pharma AG, CH\nNovum Labs GmbH, DE");
        await page.ClickAsync("[data-testid=save]");
        await Assertions.Expect(page).ToHaveURLAsync(DetailsUrl());
        await page.ClickAsync("[data-testid=action-submit]");
        await ExpectStatusAsync(page, "已提交");

        await SwitchAsync(page, DemoAccounts.Daxing, details);
        await page.ClickAsync("[data-testid=action-approve]");
        await ExpectStatusAsync(page, "已通过");
        var history = await page.InnerTextAsync("[data-testid=audit]");
        Assert.Contains("通过", history, StringComparison.Ordinal);
        Assert.Contains("状态: ", history, StringComparison.Ordinal);
        Assert.Contains("→ 已通过", history, StringComparison.Ordinal);
        Assert.DoesNotContain("approve", history, StringComparison.Ordinal);

        await SwitchAsync(page, DemoAccounts.EnterpriseA, details);
        await ExpectStatusAsync(page, "已通过");
        Assert.Contains("Novum Labs GmbH（德国）", await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("04-enterprise-approved.png"), FullPage = true });

        await page.ClickAsync("[data-testid=language]");
        await ExpectStatusAsync(page, "Approved");
        await page.ScreenshotAsync(new() { Path = Shot("05-enterprise-approved-en.png"), FullPage = true });
    }

    [Fact]
    public async Task OfficerDashboard_ShowsQueueAndCharts()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.City);
        Assert.True(await page.Locator("svg[role=img]").CountAsync() >= 4);
        await page.ScreenshotAsync(new() { Path = Shot("06-city-dashboard.png"), FullPage = true });
        await page.GotoAsync(new Uri(platform.BaseAddress, "Evidence").ToString());
        await Assertions.Expect(page.Locator("[data-testid=evidence]")).ToContainTextAsync("Novum Pharma AG");
        await page.ScreenshotAsync(new() { Path = Shot("08-city-evidence.png"), FullPage = true });
    }

    [Fact]
    public async Task Officer_RegistersProcessor_BadCheckCharacterShownThenAccepted()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.Daxing);
        await page.GotoAsync(new Uri(platform.BaseAddress, "Processors").ToString());
        var body = "91110115MA0BRWXER";
        var good = body + Chujing.Domain.Identifiers.Uscc.CheckCharacter(body);
        var bad = body + (good[^1] == '0' ? '1' : '0');
        await page.FillAsync("#uscc", bad);
        await page.FillAsync("#name", "浏览器登记测试企业");
        await page.FillAsync("#cemail", "dpo@example.com");
        await page.ClickAsync("[data-testid=register-processor] button[type=submit]");
        Assert.Contains("统一社会信用代码：校验码不正确", await page.InnerTextAsync("[data-testid=register-processor]"), StringComparison.Ordinal);
        await page.FillAsync("#uscc", good);
        await page.FillAsync("#name", "浏览器登记测试企业");
        await page.FillAsync("#cemail", "dpo@example.com");
        await page.ClickAsync("[data-testid=register-processor] button[type=submit]");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync(good);
        await page.ScreenshotAsync(new() { Path = Shot("07-officer-registered-processor.png"), FullPage = true });
    }

    private static Regex DetailsUrl() => DetailsPattern();

    [GeneratedRegex(@"/Filings/Details/F-\d{4}-\d{4}$")]
    private static partial Regex DetailsPattern();

    private static string Shot(string name) => Path.Combine(Screenshots, name);

    private static async Task ExpectStatusAsync(IPage page, string text) =>
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToHaveTextAsync(text);

    private async Task SignInAsync(IPage page, string email, string password = DemoAccounts.Password)
    {
        await page.GotoAsync(new Uri(platform.BaseAddress, "Account/Login").ToString());
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.BaseAddress, "/").ToString());
    }

    private async Task SwitchAsync(IPage page, string email, string url)
    {
        await page.ClickAsync("[data-testid=logout]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await SignInAsync(page, email);
        await page.GotoAsync(url);
    }
}
