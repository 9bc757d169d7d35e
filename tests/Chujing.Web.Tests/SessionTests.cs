using System.Net;
using Chujing.Persistence.Accounts;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Identity;

namespace Chujing.Web.Tests;

/// <summary>
/// A session ends on the very next request on the node where the account changed: sign-out, lockout, a new password,
/// a changed role. Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class SessionTests(PlatformFixture platform)
{
    public static TheoryData<string> Changes => [.. SessionChanges.All.Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AccountChange_OldCookie_401OnTheNextRequest(string change)
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, change);
        var cookie = await SessionNode.SignInAsync(platform.BaseAddress, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(platform.BaseAddress, cookie));
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(platform.BaseAddress, cookie, "api/filings"));

        await SessionNode.ChangeAsync(platform.Services, email, SessionChanges.All[change]);

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(platform.BaseAddress, cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(platform.BaseAddress, cookie, "api/filings"));
    }

    [Fact]
    public async Task SecurityPageViewed_TheAccountsOtherSessionsStand()
    {
        // Viewing the page makes the authenticator key it shows; that changes nothing the account signs in with.
        var email = await SessionNode.NewAccountAsync(platform.Services, "security-page");
        var first = await SessionNode.SignInAsync(platform.BaseAddress, email);
        var second = await SessionNode.SignInAsync(platform.BaseAddress, email);

        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(platform.BaseAddress, first, "Account/Security"));

        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(platform.BaseAddress, second));
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(platform.BaseAddress, first));
    }

    [Fact]
    public async Task SignOut_ReplayedCookie_401AndANewSignInWorks()
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "signout");
        var cookie = await SessionNode.SignInAsync(platform.BaseAddress, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(platform.BaseAddress, cookie));

        Assert.Equal(HttpStatusCode.NoContent, await SessionNode.SendAsync(platform.BaseAddress, cookie, "api/auth/logout", HttpMethod.Post));

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(platform.BaseAddress, cookie));
        var again = await SessionNode.SignInAsync(platform.BaseAddress, email);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(platform.BaseAddress, again));
        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendAsync(platform.BaseAddress, cookie));
    }

    [Fact]
    public async Task TokenRevoked_401OnTheNextRequest()
    {
        var cookie = await SessionNode.SignInAsync(platform.BaseAddress, DemoAccounts.EnterpriseA);
        var (id, token) = await SessionNode.NewTokenAsync(platform.BaseAddress, cookie);
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendBearerAsync(platform.BaseAddress, token));
        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendBearerAsync(platform.BaseAddress, token));

        Assert.Equal(HttpStatusCode.NoContent, await SessionNode.SendAsync(platform.BaseAddress, cookie, $"api/tokens/{id}", HttpMethod.Delete));

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionNode.SendBearerAsync(platform.BaseAddress, token));
    }

    [Fact]
    public async Task OtherAccountChanges_SessionStands()
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "bystander");
        var other = await SessionNode.NewAccountAsync(platform.Services, "changed");
        var cookie = await SessionNode.SignInAsync(platform.BaseAddress, email);

        await SessionNode.ChangeAsync(platform.Services, other, (users, user) => users.UpdateSecurityStampAsync(user));

        Assert.Equal(HttpStatusCode.OK, await SessionNode.SendAsync(platform.BaseAddress, cookie));
    }

    [Fact]
    public async Task DisplayNameChanged_SessionStandsWithTheNewName()
    {
        var email = await SessionNode.NewAccountAsync(platform.Services, "rename");
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = platform.BaseAddress };
        await client.PostAsync("api/auth/login", System.Net.Http.Json.JsonContent.Create(new { email, password = DemoAccounts.Password }));

        await SessionNode.ChangeAsync(platform.Services, email, (users, user) =>
        {
            user.DisplayName = "新名字";
            return users.UpdateAsync(user);
        });

        var me = await client.GetStringAsync("api/auth/me");
        Assert.Contains("新名字", me, StringComparison.Ordinal);
    }
}

/// <summary>The account changes that must end a session, by name.</summary>
internal static class SessionChanges
{
    public static IReadOnlyDictionary<string, Func<UserManager<PlatformUser>, PlatformUser, Task<IdentityResult>>> All { get; } =
        new Dictionary<string, Func<UserManager<PlatformUser>, PlatformUser, Task<IdentityResult>>>(StringComparer.Ordinal)
        {
            ["sign-out-everywhere"] = (users, user) => users.UpdateSecurityStampAsync(user),
            ["lockout"] = (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
            ["password-change"] = (users, user) => users.ChangePasswordAsync(user, DemoAccounts.Password, "Another-Passw0rd!"),
            ["role-change"] = async (users, user) =>
            {
                var removed = await users.RemoveFromRoleAsync(user, PlatformRoles.CityRegulator);
                return removed.Succeeded ? await users.AddToRoleAsync(user, PlatformRoles.ZoneOfficer) : removed;
            },
        };
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteSessionTests(SqlitePlatformFixture platform) : SessionTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresSessionTests(PostgresPlatformFixture platform) : SessionTests(platform);
