using System.Text.RegularExpressions;
using Chujing.Web.Demo;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

/// <summary>
/// Accounts in the browser: the city creates an officer and hands over the invitation link; the officer sets a
/// password, enrols an authenticator from the QR code's key, and signs in with the password and the code, which the
/// test computes with RFC 6238 from the key the page showed (as an authenticator app would).
/// </summary>
public sealed partial class BrowserJourneyTests
{
    [Fact]
    public async Task AccountsJourney_InvitedOfficerEnrolsTotp_AndSignsInWithTheCode()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var email = $"browser-{Guid.NewGuid():N}"[..20] + "@example.cn";
        const string password = "Browser-Passw0rd!";

        // The city creates an officer of 通州; the invitation link is shown once.
        await SignInAsync(page, DemoAccounts.City);
        await page.ClickAsync("[data-testid=nav-accounts]");
        await page.FillAsync("#email", email);
        await page.FillAsync("#displayName", "通州组团 新审核员");
        await page.SelectOptionAsync("#role", "zone-officer");
        await page.SelectOptionAsync("#zoneGroup", "tongzhou");
        await page.ClickAsync("[data-testid=account-submit]");
        var link = await page.Locator("[data-testid=link-value]").InnerTextAsync();
        await Assertions.Expect(page.Locator($"[data-testid=account-row][data-email='{email}']")).ToContainTextAsync("待接受邀请");
        await page.ScreenshotAsync(new() { Path = Shot("accounts-01-city-invites.png"), FullPage = true });
        await page.ClickAsync("[data-testid=logout]");

        // The officer opens the link: a weak password is refused in Chinese naming the field, a good one is set.
        await page.GotoAsync(link);
        await page.FillAsync("#password", "short");
        await page.FillAsync("#confirm", "short");
        await page.ClickAsync("[data-testid=set-password-submit]");
        await Assertions.Expect(page.Locator("[data-testid=form-errors]")).ToContainTextAsync("密码：至少 10 个字符");
        await page.FillAsync("#password", password);
        await page.FillAsync("#confirm", password);
        await page.ClickAsync("[data-testid=set-password-submit]");
        await Assertions.Expect(page.Locator("[data-testid=password-set]")).ToBeVisibleAsync();

        // Signed in with the password (the demo does not require a second factor), the officer enrols one.
        await SignInAsync(page, email, password);
        await page.ClickAsync("[data-testid=nav-security]");
        await Assertions.Expect(page.Locator("[data-testid=qr] svg")).ToBeVisibleAsync();
        var key = await page.Locator("[data-testid=shared-key]").InnerTextAsync();
        await page.FillAsync("[data-testid=two-factor-code]", TwoFactorTests.WrongCode(key));
        await page.ClickAsync("[data-testid=two-factor-enable]");
        await Assertions.Expect(page.Locator("[data-testid=two-factor-error]")).ToContainTextAsync("验证码");
        await page.ScreenshotAsync(new() { Path = Shot("accounts-02-enrolment.png"), FullPage = true });
        await page.FillAsync("[data-testid=two-factor-code]", TwoFactorTests.Code(key));
        await page.ClickAsync("[data-testid=two-factor-enable]");
        await Assertions.Expect(page.Locator("[data-testid=recovery-codes]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=two-factor-status]")).ToContainTextAsync("两步验证已开启");
        await page.ClickAsync("[data-testid=logout]");

        // From now on the password leads to the code; the code signs in.
        await page.GotoAsync(new Uri(platform.BaseAddress, "Account/Login").ToString());
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/TwoFactor"));
        await page.FillAsync("[data-testid=two-factor-code]", TwoFactorTests.Code(key));
        await page.ClickAsync("[data-testid=two-factor-submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(platform.BaseAddress, "/").ToString());
        await Assertions.Expect(page.Locator("header .who")).ToContainTextAsync("通州组团 新审核员");
        await page.ScreenshotAsync(new() { Path = Shot("accounts-03-signed-in-with-totp.png"), FullPage = true });
    }
}
