using System.Net;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>The filing form page: values that cannot be bound and posts without an antiforgery token write nothing.</summary>
public abstract partial class ApiTests
{
    [Fact]
    public async Task FilingForm_CountThatIsNotANumber_ShowsTheFieldErrorAndSavesNothing()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        var page = await enterprise.GetStringAsync("Filings/Edit");
        var fields = FilingFormFields(page);
        fields["Input.PersonsSensitive"] = "abc";
        using var form = new FormUrlEncodedContent(fields);
        var response = await enterprise.PostAsync("Filings/Edit", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("须为不小于 0 的整数", html, StringComparison.Ordinal);
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    // Regression: the page reported the values it could not read first, and the size limits only on the next submission.
    [Fact]
    public async Task FilingForm_UnreadableCountAndTooLongTexts_AllReportedInOneSubmission()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var page = await enterprise.GetStringAsync("Filings/Edit");
        var fields = FilingFormFields(page);
        fields["Input.Title"] = new string('题', Chujing.Domain.Filings.InputLimits.Title + 1);
        fields["Input.Purpose"] = new string('x', Chujing.Domain.Filings.InputLimits.Text + 1);
        fields["Input.PersonsSensitive"] = "abc";
        using var form = new FormUrlEncodedContent(fields);
        var response = await enterprise.PostAsync("Filings/Edit", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("须为不小于 0 的整数", html, StringComparison.Ordinal);
        Assert.Contains($"最多 {Chujing.Domain.Filings.InputLimits.Title} 个字符（现有 {Chujing.Domain.Filings.InputLimits.Title + 1} 个）", html, StringComparison.Ordinal);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"最多 {Chujing.Domain.Filings.InputLimits.Text:N0} 个字符（现有 {Chujing.Domain.Filings.InputLimits.Text + 1:N0} 个）"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilingForm_PostedWithoutAntiforgeryToken_400AndNothingWritten()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Scenario"] = "bj-auto-ota",
            ["Input.Recipients"] = "Autowerk GmbH, DE",
            ["Input.Purpose"] = "x",
            ["Input.SecurityMeasures"] = "x",
            ["Input.ValidFrom"] = "2026-06-01",
            ["Input.ValidUntil"] = "2026-12-31",
        });
        var response = await enterprise.PostAsync("Filings/Edit", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    // A filing form as the browser posts it, every value readable; a test changes the ones it is about.
    private static Dictionary<string, string> FilingFormFields(string page) => new()
    {
        ["__RequestVerificationToken"] = AntiforgeryToken(page),
        ["Input.ListEdition"] = "beijing-ftz/2024",
        ["Input.Scenario"] = "bj-auto-ota",
        ["Input.Recipients"] = "Autowerk GmbH, DE",
        ["Input.Purpose"] = "x",
        ["Input.SecurityMeasures"] = "x",
        ["Input.PersonsPersonal"] = "10",
        ["Input.PersonsSensitive"] = "10",
        ["Input.RetentionMonths"] = "12",
        ["Input.ValidFrom"] = "2026-06-01",
        ["Input.ValidUntil"] = "2026-12-31",
    };
}
