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

    [Fact]
    public async Task AttachmentJourney_EnterpriseUploads_AProgramIsRefusedInChinese_AndTheContractIsListed()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = "附件旅程" }), HttpStatusCode.Created))["id"]!;
        var folder = Directory.CreateTempSubdirectory("chujing-attach-").FullName;
        var script = Path.Combine(folder, "合同.pdf");
        var contract = Path.Combine(folder, "标准合同.docx");
        await File.WriteAllBytesAsync(script, Filings.AttachmentSamples.ShellScript);
        await File.WriteAllBytesAsync(contract, Filings.AttachmentSamples.Docx());

        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.EnterpriseA);
        await page.GotoAsync(new Uri(platform.BaseAddress, $"Filings/Details/{id}").ToString());

        await page.SelectOptionAsync("#attachment-kind", "standard-contract");
        await page.SetInputFilesAsync("#attachment-file", script);
        await page.ClickAsync("[data-testid=attachment-upload]");
        await Assertions.Expect(page.Locator("[data-testid=attachment-error]")).ToHaveTextAsync("附件文件：该文件是可执行程序（script），程序和脚本不予接收。");

        await page.SelectOptionAsync("#attachment-kind", "standard-contract");
        await page.SetInputFilesAsync("#attachment-file", contract);
        await page.ClickAsync("[data-testid=attachment-upload]");
        var row = page.Locator("[data-testid=attachment]");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("个人信息出境标准合同");
        await Assertions.Expect(row.Locator("[data-testid=attachment-download]")).ToHaveTextAsync("标准合同.docx");
        await page.Locator("[data-testid=attachments]").ScreenshotAsync(new() { Path = Shot("attachments-01-listed.png") });
        Directory.Delete(folder, recursive: true);
    }
}
