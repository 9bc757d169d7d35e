using System.Net;
using Chujing.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chujing.Web.Tests;

/// <summary>
/// Two nodes on one PostgreSQL database: a cookie issued by one is honoured by the other (the cookie keys live in the
/// database), and an account change on one ends the session on the other within the revocation bound.
/// </summary>
[Collection(PostgresPlatformCollection.Name)]
public sealed class SessionNodesTests(PostgresPlatformFixture platform) : IAsyncLifetime
{
    /// <summary>Far above the one-second bound, so that a loaded machine does not fail the test; the bound is not measured here.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("chujing-node2-").FullName;
    private WebApplication? _second;

    private Uri First => platform.BaseAddress;

    private Uri Second { get; set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        // Its own data folder: nothing but the database is shared with the first node.
        _second = PlatformApp.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = platform.Services.GetRequiredService<DatabaseLocation>(),

            // Another node of the same demo platform: officials sign in as they do on the first.
            OfficialsRequireTwoFactor = platform.Services.GetRequiredService<PlatformOptions>().TwoFactorRequiredForOfficials,
            Time = platform.Time,
            DataDirectory = _dataDirectory,
            FrameworkLogLevel = LogLevel.Error,
            KeyEncryption = platform.Services.GetRequiredService<PlatformOptions>().KeyEncryption,
        });
        await _second.PrepareAsync();
        await _second.StartAsync();
        Second = new Uri(_second.Urls.First() + "/");
    }

    /// <summary>Asks the second node until it holds the token in its current session cache.</summary>
    private async Task AssertTokenServedFromMemoryAsync(string token)
    {
        var cache = _second!.Services.GetRequiredService<Chujing.Web.Access.Sessions.SessionCache>();
        var key = Chujing.Web.Tokens.ApiTokens.CacheKey(Chujing.Web.Tokens.ApiTokens.Hash(token));
        using var timeout = new CancellationTokenSource(Deadline);
        while (cache.Get<Chujing.Web.Tokens.TokenSnapshot>(key, out _) is null)
        {
            Assert.False(timeout.IsCancellationRequested, "the second node's session cache never became current");
            Assert.Equal(HttpStatusCode.OK, await SessionNode.SendBearerAsync(Second, token));
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.StopAsync();
            await _second.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    public static TheoryData<string> Changes => [.. SessionChanges.All.Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AccountChangedOnOneNode_OldCookieRefusedOnBoth(string change)
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "nodes-" + change);
        var cookie = await SessionNode.SignInAsync(First, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(Second, cookie));
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(First, cookie));
        await SessionNode.AssertServedFromMemoryAsync(_second!.Services, Second, cookie, email, Deadline);

        await SessionNode.ChangeAsync(platform.Services, email, SessionChanges.All[change]);

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(First, cookie));
        await SessionNode.AssertRefusedWithinAsync(Second, cookie, Deadline);
    }

    [Fact]
    public async Task SignedOutOnTheSecondNode_ReplayedCookie401Everywhere()
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "nodes-signout");
        var cookie = await SessionNode.SignInAsync(Second, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(First, cookie));
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(Second, cookie));
        await SessionNode.AssertServedFromMemoryAsync(platform.Services, First, cookie, email, Deadline);

        Assert.Equal(HttpStatusCode.NoContent, await SessionNode.SendAsync(Second, cookie, "api/auth/logout", HttpMethod.Post));

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(Second, cookie));
        await SessionNode.AssertRefusedWithinAsync(First, cookie, Deadline);
    }

    [Fact]
    public async Task TokenRevokedOnOneNode_RefusedOnBoth()
    {
        var cookie = await SessionNode.SignInAsync(First, Chujing.Web.Demo.DemoAccounts.EnterpriseA);
        var (id, token) = await SessionNode.NewTokenAsync(First, cookie);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendBearerAsync(First, token));
        await AssertTokenServedFromMemoryAsync(token);

        Assert.Equal(HttpStatusCode.NoContent, await SessionNode.SendAsync(First, cookie, $"api/tokens/{id}", HttpMethod.Delete));

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendBearerAsync(First, token));
        await SessionNode.AssertRefusedWithinAsync(() => SessionNode.SendBearerAsync(Second, token), Deadline);
    }

    [Fact]
    public async Task ChangeOnTheSecondNode_FirstNodeLearnsIt()
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "nodes-reverse");
        var cookie = await SessionNode.SignInAsync(First, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(First, cookie));
        await SessionNode.AssertServedFromMemoryAsync(platform.Services, First, cookie, email, Deadline);

        await SessionNode.ChangeAsync(_second!.Services, email, SessionChanges.All["lockout"]);

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(Second, cookie));
        await SessionNode.AssertRefusedWithinAsync(First, cookie, Deadline);
    }
}
