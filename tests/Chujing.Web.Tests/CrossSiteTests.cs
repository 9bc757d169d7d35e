using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>Cookie-authenticated API state changes from another site are refused; non-browser clients are not affected.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class CrossSiteTests(SqlitePlatformFixture platform)
{
    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task CreateFiling_FromAnotherSite_403AndNothingWritten(string header, string value)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var before = JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/filings") { Content = JsonContent.Create(ApiTests.NewFiling() with { Scenario = "bj-auto-ota" }) };
        request.Headers.Add(header, value);
        var response = await enterprise.SendAsync(request);
        await ApiTests.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, JsonNode.Parse(await enterprise.GetStringAsync("api/filings"))!.AsArray().Count);
    }

    [Theory]
    [InlineData("Origin", null)]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    public async Task CreateFiling_FromThisSite_Accepted(string header, string? value)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/filings") { Content = JsonContent.Create(ApiTests.NewFiling() with { Scenario = "bj-auto-ota" }) };
        request.Headers.Add(header, value ?? platform.BaseAddress.GetLeftPart(UriPartial.Authority));
        await ApiTests.Json(await enterprise.SendAsync(request), HttpStatusCode.Created);
    }

    [Fact]
    public async Task CreateFiling_BehindATlsProxy_HttpsOriginAcceptedOnlyWithTheForwardedScheme()
    {
        // nginx on loopback terminates TLS: the browser's Origin says https, the node is called over http.
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        var origin = "https://" + platform.BaseAddress.Authority;
        using var unforwarded = new HttpRequestMessage(HttpMethod.Post, "api/filings") { Content = JsonContent.Create(ApiTests.NewFiling() with { Scenario = "bj-auto-ota" }) };
        unforwarded.Headers.Add("Origin", origin);
        await ApiTests.ProblemAsync(await enterprise.SendAsync(unforwarded), HttpStatusCode.Forbidden);

        using var forwarded = new HttpRequestMessage(HttpMethod.Post, "api/filings") { Content = JsonContent.Create(ApiTests.NewFiling() with { Scenario = "bj-auto-ota" }) };
        forwarded.Headers.Add("Origin", origin);
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        await ApiTests.Json(await enterprise.SendAsync(forwarded), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("", true, "127.0.0.0/8")]
    [InlineData("10.0.0.0/8, 192.168.1.5", true, "192.168.1.5/32")]
    [InlineData("::1", true, "::1/128")]
    [InlineData("10.0.0.0/8,proxy.example", false, "'proxy.example' is neither")]
    public void TrustedProxies_Parse(string text, bool valid, string expected)
    {
        var parsed = Access.TrustedProxies.Parse(text);
        Assert.Equal(valid, parsed.IsSuccess);
        if (valid)
        {
            Assert.Contains(expected, parsed.Value.Select(n => n.ToString()));
        }
        else
        {
            var problem = Assert.Single(parsed.Diagnostics);
            Assert.Equal(Access.TrustedProxies.EnvironmentVariable, problem.Subject);
            Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Read_FromAnotherSite_StillAnswered()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseB);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/filings");
        request.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.OK, (await enterprise.SendAsync(request)).StatusCode);
    }
}
