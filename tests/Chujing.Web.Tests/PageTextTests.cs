using System.Net.Http.Json;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>How pages write their text: Chinese as characters, labels rather than codes, numbers grouped.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed partial class PageTextTests(SqlitePlatformFixture platform)
{
    [Fact]
    public async Task Pages_WriteChineseAsCharactersNotHtmlEntities()
    {
        using var client = platform.Anonymous();
        var html = await client.GetStringAsync("Account/Login");
        Assert.Contains("登录", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"&#x[0-9A-F]{4};", html);
    }

    [Fact]
    public async Task Pages_StillEscapeMarkupInUserText()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var created = await ApiTests.Json(
            await client.PostAsJsonAsync("api/filings", ApiTests.NewFiling() with { Title = "<script>alert(1)</script>标题" }),
            System.Net.HttpStatusCode.Created);
        var html = await client.GetStringAsync($"Filings/Details/{created["id"]}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;标题", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }
}
