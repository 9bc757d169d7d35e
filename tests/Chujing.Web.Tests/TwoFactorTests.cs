using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.TestSupport;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Chujing.Web.Tests;

/// <summary>
/// Two-factor sign-in: the JSON login's second factor on the shared platform (where it is optional), and a platform
/// outside the demo where an official without an authenticator is sent to enrolment after the password. Codes are
/// computed here with RFC 6238 from the key the enrolment page shows.
/// </summary>
public abstract partial class TwoFactorTests(PlatformFixture platform)
{
    private const string Password = "Zwei-Faktor-0!";

    [Fact]
    public async Task Login_AccountWithTotp_NeedsTheCodeOrARecoveryCode()
    {
        var email = $"totp-{platform.ProviderName}-{Guid.NewGuid():N}@example.cn";
        string key;
        IReadOnlyList<string> recovery;
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = new PlatformUser { UserName = email, Email = email, DisplayName = "totp", Regulator = "cac" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PlatformRoles.CityRegulator)).Succeeded);
            Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
            recovery = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 2))!];
        }

        using var client = platform.Anonymous();
        var missing = await ApiTests.ProblemAsync(await client.PostAsJsonAsync("api/auth/login", new { email, password = Password }), HttpStatusCode.Unauthorized);
        Assert.Equal("totp", (string?)missing["secondFactor"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/auth/me")).StatusCode);
        var wrong = await ApiTests.ProblemAsync(await client.PostAsJsonAsync("api/auth/login", new { email, password = Password, code = WrongCode(key) }), HttpStatusCode.Unauthorized);
        Assert.Equal("totp", (string?)wrong["secondFactor"]);
        await ApiTests.Json(await client.PostAsJsonAsync("api/auth/login", new { email, password = Password, code = Code(key) }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/auth/me")).StatusCode);

        // A recovery code works once.
        using var other = platform.Anonymous();
        await ApiTests.Json(await other.PostAsJsonAsync("api/auth/login", new { email, password = Password, recoveryCode = recovery[0] }), HttpStatusCode.OK);
        using var third = platform.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await third.PostAsJsonAsync("api/auth/login", new { email, password = Password, recoveryCode = recovery[0] })).StatusCode);

        // A right code with a wrong password is no sign-in.
        Assert.Equal(HttpStatusCode.Unauthorized, (await third.PostAsJsonAsync("api/auth/login", new { email, password = "wrong-password", code = Code(key) })).StatusCode);

        // The city clears the authenticator (a lost phone): the sessions end, the old code and recovery codes are
        // gone, and on this platform (officials may sign in without a second factor) the password alone signs in again.
        var city = await platform.As(DemoAccounts.City);
        var id = JsonNode.Parse(await city.GetStringAsync("api/accounts"))!.AsArray().Single(a => (string?)a!["email"] == email)!["id"]!.ToString();
        var cleared = await ApiTests.Json(await city.PostAsync($"api/accounts/{id}/two-factor/reset", null), HttpStatusCode.OK);
        Assert.False((bool)cleared["twoFactor"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/auth/me")).StatusCode);
        using var fourth = platform.Anonymous();
        await ApiTests.Json(await fourth.PostAsJsonAsync("api/auth/login", new { email, password = Password }), HttpStatusCode.OK);
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.Equal(0, await users.CountRecoveryCodesAsync(user));
            Assert.NotEqual(key, await users.GetAuthenticatorKeyAsync(user));
        }
    }

    /// <summary>The current RFC 6238 code (SHA-1, 6 digits, 30 s) of a Base32 key as an authenticator app computes it.</summary>
    internal static string Code(string key) => new Totp(Base32Encoding.ToBytes(key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    /// <summary>A six-digit code that is none of the codes the server accepts around now.</summary>
    internal static string WrongCode(string key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()));
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var near = Enumerable.Range(-3, 7).Select(i => totp.ComputeTotp(now.AddSeconds(30 * i))).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    /// <summary>The key an enrolment page shows.</summary>
    internal static string SharedKeyOf(string page)
    {
        var match = SharedKey().Match(page);
        Assert.True(match.Success, "the page shows no shared key");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("data-testid=\"shared-key\">([a-z2-7 ]+)<")]
    private static partial Regex SharedKey();
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteTwoFactorTests(SqlitePlatformFixture platform) : TwoFactorTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresTwoFactorTests(PostgresPlatformFixture platform) : TwoFactorTests(platform);

/// <summary>
/// A platform outside the demo (officials need two-factor sign-in): an officer's password alone gives no session,
/// the sign-in page sends it to enrolment with a QR code, and the enrolled code signs it in — page and API alike.
/// </summary>
public abstract class RequiredTwoFactorTests : TwoFactorPlatform
{
    private const string Password = "Pflicht-Faktor-0!";

    protected override bool Demo => false;

    [Fact]
    public async Task Officer_WithoutAuthenticator_IsSentToEnrolment_ThenSignsInWithTheCode()
    {
        var email = "officer@example.cn";
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = new PlatformUser { UserName = email, Email = email, DisplayName = "审核员", ZoneGroupId = "daxing" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PlatformRoles.ZoneOfficer)).Succeeded);
        }

        // The JSON login: the password is right, but enrolment comes first.
        using var api = Client(redirects: true);
        var refused = await ApiTests.ProblemAsync(await api.PostAsJsonAsync("api/auth/login", new { email, password = Password }), HttpStatusCode.Forbidden);
        Assert.Equal("enrol", (string?)refused["secondFactor"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("api/auth/me")).StatusCode);

        // The sign-in page: password → enrolment (QR code and key) → code → signed in, recovery codes shown once.
        using var browser = Client(redirects: false);
        var login = await browser.GetStringAsync("Account/Login");
        var posted = await browser.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(login), ["Email"] = email, ["Password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/Account/TwoFactor", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("api/auth/me")).StatusCode);
        var enrolment = await browser.GetStringAsync("Account/TwoFactor");
        Assert.Contains("<svg", enrolment, StringComparison.Ordinal);
        var key = TwoFactorTests.SharedKeyOf(enrolment);
        var wrong = await browser.PostAsync("Account/TwoFactor", Form(enrolment, TwoFactorTests.WrongCode(key)));
        Assert.Contains("data-testid=\"two-factor-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var enrolled = await browser.PostAsync("Account/TwoFactor", Form(enrolment, TwoFactorTests.Code(key)));
        Assert.Contains("data-testid=\"recovery-codes\"", await enrolled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("api/auth/me")).StatusCode);

        // From now on the JSON login needs the code too, and takes it.
        var needsCode = await ApiTests.ProblemAsync(await api.PostAsJsonAsync("api/auth/login", new { email, password = Password }), HttpStatusCode.Unauthorized);
        Assert.Equal("totp", (string?)needsCode["secondFactor"]);
        await ApiTests.Json(await api.PostAsJsonAsync("api/auth/login", new { email, password = Password, code = TwoFactorTests.Code(key) }), HttpStatusCode.OK);
    }

    /// <summary>The two-factor page's form with <paramref name="code"/>.</summary>
    internal static FormUrlEncodedContent Form(string page, string code) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(page), ["Code"] = code, ["ReturnUrl"] = "/",
    });
}

public sealed class SqliteRequiredTwoFactorTests : RequiredTwoFactorTests
{
    protected override Task<DatabaseLocation> CreateDatabaseAsync(string directory) =>
        Task.FromResult(DatabaseLocation.Parse(Path.Combine(directory, "chujing.db")));

    protected override Task DisposeDatabaseAsync() => Task.CompletedTask;
}

public sealed class PostgresRequiredTwoFactorTests : RequiredTwoFactorTests
{
    private PostgresServer? _server;

    protected override Task<DatabaseLocation> CreateDatabaseAsync(string directory)
    {
        _server = PostgresServer.Start();
        return Task.FromResult(DatabaseLocation.Parse(_server.CreateDatabase("twofactor")));
    }

    protected override async Task DisposeDatabaseAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
