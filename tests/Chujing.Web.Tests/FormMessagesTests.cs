using System.Net;
using System.Text.RegularExpressions;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Demo;
using Chujing.Web.Localization;

namespace Chujing.Web.Tests;

/// <summary>The forms speak Chinese and name their labels, never JSON paths or the API's English.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed partial class FormMessagesTests(SqlitePlatformFixture platform)
{
    [Fact]
    public async Task FilingForm_BadInput_ChineseMessagesNamingTheLabels()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var html = await PostFormAsync(enterprise, new Dictionary<string, string>
        {
            ["Input.ListEdition"] = "beijing-ftz/2024",
            ["Input.Scenario"] = "",
            ["Input.Recipients"] = "Autowerk GmbH, Germany\nAutowerk Labs, CN",
            ["Input.Purpose"] = "",
            ["Input.SecurityMeasures"] = "x",
            ["Input.PersonsPersonal"] = "10",
            ["Input.PersonsSensitive"] = "0",
            ["Input.RetentionMonths"] = "0",
            ["Input.ValidFrom"] = "2026-06-01",
            ["Input.ValidUntil"] = "2026-12-31",
        });
        var errors = string.Join("\n", ErrorDivs().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.Contains("请选择业务场景", errors, StringComparison.Ordinal);
        Assert.Contains("请填写出境目的", errors, StringComparison.Ordinal);
        Assert.Contains("须在 1 至 600 个月之间", errors, StringComparison.Ordinal);
        Assert.Contains("境外接收方第 1 项 · 国家或地区：“GERMANY”不是有效的国家或地区代码", errors, StringComparison.Ordinal);
        Assert.Contains("境外接收方第 2 项 · 国家或地区：CN 是中国大陆", errors, StringComparison.Ordinal);
        foreach (var english in (string[])["recipients[", "persons.", "retentionMonths", "must ", " is required", "is not an assigned"])
        {
            Assert.DoesNotContain(english, errors, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FilingForm_EnglishSwitch_EnglishMessagesStillNamingTheLabels()
    {
        using var client = platform.Anonymous();
        await client.PostAsync("api/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = DemoAccounts.EnterpriseB, password = DemoAccounts.Password }));
        await client.GetAsync("culture/en?returnUrl=/");
        var html = await PostFormAsync(client, new Dictionary<string, string>
        {
            ["Input.ListEdition"] = "beijing-ftz/2024",
            ["Input.Scenario"] = "bj-auto-ota",
            ["Input.Recipients"] = "Autowerk GmbH, Germany",
            ["Input.Purpose"] = "x",
            ["Input.SecurityMeasures"] = "x",
            ["Input.RetentionMonths"] = "12",
            ["Input.ValidFrom"] = "2026-06-01",
            ["Input.ValidUntil"] = "2026-12-31",
        });
        var errors = string.Join("\n", ErrorDivs().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.Contains("Recipients, entry 1 · country or region: 'GERMANY' is not an assigned", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("recipients[0]", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewAction_WithoutNote_ChineseMessage()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var created = await ApiTests.Json(await enterprise.PostAsync("api/filings", System.Net.Http.Json.JsonContent.Create(ApiTests.NewFiling())), HttpStatusCode.Created);
        var id = (string)created["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        var page = await officer.GetStringAsync($"Filings/Details/{id}");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(page), ["action"] = "reject", ["note"] = "" });
        var html = WebUtility.HtmlDecode(await (await officer.PostAsync($"Filings/Details/{id}?handler=Act", form)).Content.ReadAsStringAsync());
        Assert.Contains("审核意见：“不予通过”须填写理由", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Translations_EveryFilingContentMessage_HasChineseWording()
    {
        var result = Chujing.Domain.Filings.FilingContent.Create(
            "x", "", [""], [new("", "CN"), new("a", "ZZ")], "", false, -1, -1, 0, "", new DateOnly(2026, 6, 1), new DateOnly(2030, 1, 1));
        Assert.False(result.IsSuccess);
        foreach (var d in result.Diagnostics)
        {
            var zh = FormMessages.Message(d.Message, english: false);
            Assert.NotEqual(d.Message, zh);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh);
            Assert.DoesNotContain(".", FormMessages.Label(d.Subject, english: false) ?? string.Empty, StringComparison.Ordinal);
        }
    }

    private static async Task<string> PostFormAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync("Filings/Edit");
        fields["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(page);
        using var form = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync("Filings/Edit", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<div class=\"error\">(.*?)</div>")]
    private static partial Regex ErrorDivs();
}
