using System.Net;
using System.Net.Http.Headers;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>Browsers get error pages in the site's layout, Chinese first; API clients keep getting problem+json.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class ErrorPageTests(SqlitePlatformFixture platform)
{
    [Theory]
    [InlineData("Filings/Details/F-1999-9999", "找不到该页面")]
    [InlineData("no/such/page", "找不到该页面")]
    public async Task Browser_NotFound_404PageInTheLayoutChineseFirst(string path, string title)
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var response = await client.SendAsync(Html(HttpMethod.Get, path));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"logout\"", html, StringComparison.Ordinal); // the layout, signed in
        Assert.True(html.IndexOf(title, StringComparison.Ordinal) < html.IndexOf("Page not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Browser_FormWithoutAntiforgeryToken_400Page()
    {
        var client = await platform.As(DemoAccounts.EnterpriseB);
        var request = Html(HttpMethod.Post, "Filings/Edit");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Title"] = "x" });
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求无法处理", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_PageWithoutPermission_403Page()
    {
        var client = await platform.As(DemoAccounts.Daxing);
        var response = await client.SendAsync(Html(HttpMethod.Get, "Filings/Edit"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A page's own error is the error page whatever the request accepts: the events upload posts its form by script
    /// (Accept: */*), and a form may be posted without a browser's Accept at all.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("text/html")]
    public async Task PageRoute_EvidenceUploadWithoutThePermission_403PageNotJson(string? accept)
    {
        var client = await platform.As(DemoAccounts.Daxing);
        var token = ApiTests.AntiforgeryToken(await client.GetStringAsync("Evidence"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("{}\n"u8.ToArray()), "events", "events.jsonl" },
        };
        var response = await client.SendAsync(Accepting(accept, HttpMethod.Post, "Evidence?handler=Upload", form));
        await AssertErrorPageAsync(response, HttpStatusCode.Forbidden, "无权访问");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("*/*", false)]
    [InlineData(null, true)]
    [InlineData("application/json", true)]
    public async Task PageRoute_FormWithMissingOrWrongAntiforgeryToken_400PageNotJson(string? accept, bool wrongToken)
    {
        var client = await platform.As(DemoAccounts.EnterpriseB);
        var fields = new Dictionary<string, string> { ["Input.Title"] = "x" };
        if (wrongToken)
        {
            fields["__RequestVerificationToken"] = "CfDJ8-not-a-token";
        }

        using var form = new FormUrlEncodedContent(fields);
        var response = await client.SendAsync(Accepting(accept, HttpMethod.Post, "Filings/Edit", form));
        await AssertErrorPageAsync(response, HttpStatusCode.BadRequest, "请求无法处理");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("text/html")]
    public async Task PageRoute_ImpactOfAnUnknownEdition_404PageNotJson(string? accept)
    {
        var client = await platform.As(DemoAccounts.City);
        var response = await client.SendAsync(Accepting(accept, HttpMethod.Get, "Editions/Impact?id=beijing-ftz%2F1999"));
        await AssertErrorPageAsync(response, HttpStatusCode.NotFound, "找不到该页面");
    }

    [Fact]
    public async Task Browser_EnglishSwitch_EnglishFirst()
    {
        using var client = platform.Anonymous();
        await client.GetAsync("culture/en?returnUrl=/Account/Login"); // the switch sets the culture cookie
        var html = await (await client.SendAsync(Html(HttpMethod.Get, "no/such/page"))).Content.ReadAsStringAsync();
        Assert.True(html.IndexOf("Page not found", StringComparison.Ordinal) < html.IndexOf("找不到该页面", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_NotFoundEvenWhenAskingForHtml_StaysProblemJson()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var response = await client.SendAsync(Html(HttpMethod.Get, "api/filings/F-1999-9999"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NonBrowser_UnknownPath_StaysProblemJson()
    {
        using var client = platform.Anonymous();
        var response = await client.GetAsync("no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-testid=\"error-page\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"logout\"", html, StringComparison.Ordinal); // in the layout, signed in
    }

    private static HttpRequestMessage Accepting(string? accept, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return request;
    }

    private static HttpRequestMessage Html(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }
}
