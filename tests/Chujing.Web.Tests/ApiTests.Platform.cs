using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using Chujing.Web.Filings;

namespace Chujing.Web.Tests;

/// <summary>The API's description and the platform's own answers: the OpenAPI document, security headers, sessions.</summary>
public abstract partial class ApiTests
{
    [Fact]
    public async Task OpenApi_Document_HasSuccessCodesErrorCodesCookieSchemeAndTypedBodies()
    {
        using var client = platform.Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var paths = document["paths"]!;
        Assert.NotNull(paths["/api/auth/login"]!["post"]!["responses"]!["200"]);
        Assert.NotNull(paths["/api/auth/logout"]!["post"]!["responses"]!["204"]);
        Assert.NotNull(paths["/api/filings"]!["post"]!["responses"]!["201"]);
        Assert.NotNull(paths["/api/processors"]!["post"]!["responses"]!["201"]);
        foreach (var code in (string[])["400", "401", "403", "422"])
        {
            Assert.NotNull(paths["/api/filings"]!["post"]!["responses"]![code]);
        }

        Assert.NotNull(paths["/api/filings/{id}"]!["get"]!["responses"]!["404"]);
        Assert.Equal("cookie", (string?)document["components"]!["securitySchemes"]!["session"]!["in"]);
        var evidence = paths["/api/evidence"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("array", (string?)evidence["type"]);
        Assert.DoesNotContain("\"string\"", document["components"]!["schemas"]!["PersonsBody"]!["properties"]!["personal"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Assess_DescribesTheActivityAndTheAssessment()
    {
        using var client = platform.Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var post = document["paths"]!["/api/assess"]!["post"]!;
        var request = ((string?)post["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"])!.Split('/')[^1];
        var response = ((string?)post["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"])!.Split('/')[^1];
        var schemas = document["components"]!["schemas"]!;

        Assert.Equal(["processor", "importantData", "persons"], schemas[request]!["required"]!.AsArray().Select(r => (string?)r));
        Assert.Contains("contract-with-individual", schemas["Exemption"]!["enum"]!.AsArray().Select(e => (string?)e));
        Assert.True(schemas[response]!["properties"]!.AsObject().ContainsKey("basis"));
    }

    [Fact]
    public async Task Pages_CarryNoSniffAndNoFramingHeaders()
    {
        using var client = platform.Anonymous();
        var response = await client.GetAsync("Account/Login");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_ReplayedSessionCookie_401()
    {
        var email = await NewCityAccountAsync("logout");
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = platform.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password })).StatusCode);
        var session = handler.CookieContainer.GetCookies(platform.BaseAddress)["chujing.session"]!.Value;
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("api/auth/logout", null)).StatusCode);
        platform.Time.Advance(TimeSpan.FromSeconds(1)); // the stamp is checked once any time has passed since the cookie was issued

        using var replay = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = platform.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/filings");
        request.Headers.Add("Cookie", "chujing.session=" + session);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(request)).StatusCode);
    }
}
