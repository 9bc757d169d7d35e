using System.Net;
using System.Net.Http.Json;
using Chujing.Persistence.Accounts;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>Signs in and replays session cookies against one node of the platform, as a browser or script would.</summary>
internal static class SessionNode
{
    public const string CookieName = "chujing.session";

    /// <summary>A new city-regulator account (demo password) created through <paramref name="services"/>' user manager.</summary>
    public static async Task<string> NewAccountAsync(IServiceProvider services, string tag)
    {
        var email = tag + "-" + Guid.NewGuid().ToString("N")[..8] + "@demo.local";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, DisplayName = tag, Regulator = "cac" };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PlatformRoles.CityRegulator)).Succeeded);
        return email;
    }

    /// <summary>Changes the account through <paramref name="services"/>' user manager (the node that makes the change).</summary>
    public static async Task ChangeAsync(IServiceProvider services, string email, Func<UserManager<PlatformUser>, PlatformUser, Task<IdentityResult>> change)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        var result = await change(users, user);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Signs in on <paramref name="node"/> and returns the session cookie's value.</summary>
    public static async Task<string> SignInAsync(Uri node, string email, string password = DemoAccounts.Password)
    {
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = node };
        var response = await client.PostAsJsonAsync("api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return handler.CookieContainer.GetCookies(node)[CookieName]!.Value;
    }

    /// <summary>Sends <paramref name="cookie"/> with a request to <paramref name="path"/> on <paramref name="node"/>; the answer's status.</summary>
    public static async Task<HttpStatusCode> SendAsync(Uri node, string cookie, string path = "api/auth/me", HttpMethod? method = null)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = node };
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.Add("Cookie", CookieName + "=" + cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Sends <paramref name="token"/> as a bearer token to <paramref name="path"/> on <paramref name="node"/>; the answer's status.</summary>
    public static async Task<HttpStatusCode> SendBearerAsync(Uri node, string token, string path = "api/filings")
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = node };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A new API token of the enterprise signed in with <paramref name="cookie"/>: its id and the token.</summary>
    public static async Task<(int Id, string Token)> NewTokenAsync(Uri node, string cookie)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = node };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/tokens") { Content = JsonContent.Create(new { name = "网关 " + Guid.NewGuid().ToString("N")[..6] }) };
        request.Headers.Add("Cookie", CookieName + "=" + cookie);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return ((int)created["id"]!, (string)created["token"]!);
    }

    /// <summary>
    /// Asks until the node answers the cookie from memory: its session cache is current and holds the account, so the
    /// node will learn of a change only through the revocation feed.
    /// </summary>
    public static async Task AssertServedFromMemoryAsync(IServiceProvider node, Uri address, string cookie, string email, TimeSpan deadline)
    {
        string userId;
        await using (var scope = node.CreateAsyncScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email))!.Id;
        }

        var cache = node.GetRequiredService<Chujing.Web.Access.Sessions.SessionCache>();
        using var timeout = new CancellationTokenSource(deadline);
        while (cache.Get(userId, out _) is null)
        {
            Assert.False(timeout.IsCancellationRequested, "the node's session cache never became current");
            Assert.Equal(HttpStatusCode.OK, await SendAsync(address, cookie));
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Asks until the node refuses the cookie, or fails at <paramref name="deadline"/> — a generous limit for a busy
    /// machine, not the bound itself (which no test measures).
    /// </summary>
    public static Task AssertRefusedWithinAsync(Uri node, string cookie, TimeSpan deadline) =>
        AssertRefusedWithinAsync(() => SendAsync(node, cookie), deadline);

    /// <summary>As <see cref="AssertRefusedWithinAsync(Uri, string, TimeSpan)"/>, for any request.</summary>
    public static async Task AssertRefusedWithinAsync(Func<Task<HttpStatusCode>> send, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        while (await send() != HttpStatusCode.Unauthorized)
        {
            Assert.False(timeout.IsCancellationRequested, "the other node still honours the old credential at the deadline");
            await Task.Delay(50);
        }

        // Once refused, never honoured again.
        Assert.Equal(HttpStatusCode.Unauthorized, await send());
    }
}
