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
        var html = await client.GetStringAsync("Filings/Edit?culture=zh-CN");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("新建备案", html, StringComparison.Ordinal);
    }
}
