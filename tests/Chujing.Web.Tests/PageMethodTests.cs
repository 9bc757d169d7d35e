using System.Net;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>
/// Pages answer what they cannot handle with a status, never a 500: a sign-in form posted with empty fields is a
/// failed sign-in; a POST to a page that only displays is 405. Regressions: both once threw a NullReferenceException.
/// </summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class PageMethodTests(SqlitePlatformFixture platform)
{
    [Fact]
    public async Task Login_EmptyFields_IsAFailedSignIn()
    {
        using var client = platform.Anonymous();
        var token = ApiTests.AntiforgeryToken(await client.GetStringAsync("Account/Login"));
        var response = await client.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = string.Empty, ["Password"] = string.Empty,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Applications")]
    [InlineData("Filings/Details/F-2026-0001")]
    public async Task Post_ToAPageThatOnlyDisplays_Is405(string path)
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var token = ApiTests.AntiforgeryToken(await client.GetStringAsync(path));
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
