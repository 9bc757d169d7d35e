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
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["Input.ListEdition"] = "beijing-ftz/2024",
            ["Input.Scenario"] = "bj-auto-ota",
            ["Input.Recipients"] = "Autowerk GmbH, DE",
            ["Input.Purpose"] = "x",
            ["Input.SecurityMeasures"] = "x",
            ["Input.PersonsPersonal"] = "10",
            ["Input.PersonsSensitive"] = "abc",
            ["Input.RetentionMonths"] = "12",
            ["Input.ValidFrom"] = "2026-06-01",
            ["Input.ValidUntil"] = "2026-12-31",
        });
        var response = await enterprise.PostAsync("Filings/Edit", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("须为不小于 0 的整数", html, StringComparison.Ordinal);
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
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
}
