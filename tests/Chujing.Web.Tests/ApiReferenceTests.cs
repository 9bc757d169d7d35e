using System.Net;
using System.Text.RegularExpressions;

namespace Chujing.Web.Tests;

/// <summary>The API reference page is rendered from the OpenAPI document with assets the platform serves itself.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed partial class ApiReferenceTests(SqlitePlatformFixture platform)
{
    [Fact]
    public async Task ApiReference_Anonymous_ServedFromThePlatformWithoutACdn()
    {
        using var client = platform.Anonymous();
        var response = await client.GetAsync("api-reference");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);

        // Every script the page loads comes from this platform, and answers.
        var scripts = ScriptSources().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var src in scripts)
        {
            Assert.DoesNotMatch("^(https?:)?//", src);
            var asset = await client.GetAsync(new Uri(new Uri(platform.BaseAddress, "api-reference/"), src));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }

        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiReference_LinkedFromEveryPage()
    {
        var enterprise = await platform.As(Chujing.Web.Demo.DemoAccounts.EnterpriseA);
        var home = await enterprise.GetStringAsync("");
        var link = Assert.Single(Labels.PageText.Of(home, "nav-api-reference"));
        Assert.Equal("API 参考", link);
        Assert.Contains($"href=\"{Chujing.Web.ApiReference.Path}\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await enterprise.GetAsync(Chujing.Web.ApiReference.Path.TrimStart('/'))).StatusCode);
        using var anonymous = platform.Anonymous();
        Assert.Contains("nav-api-reference", await anonymous.GetStringAsync("Account/Login"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script[^>]*\\bsrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();
}
