using System.Net;
using System.Net.Http.Json;
using Chujing.Persistence;
using Chujing.Persistence.Accounts;
using Chujing.TestSupport;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>
/// The demo's two-factor exemption as <c>chujing serve --demo</c> applies it, on a demo platform of its own: the
/// seeded officials sign in with the password alone, and an official the demo's city creates later is sent to
/// enrolment like anywhere else.
/// </summary>
public abstract class DemoTwoFactorTests : TwoFactorPlatform
{
    private const string Password = "Neu-Beamter-0!";

    protected override bool Demo => true;

    [Fact]
    public async Task Login_SeededOfficials_SignInWithThePasswordAlone()
    {
        foreach (var email in DemoAccounts.SeededOfficials)
        {
            using var client = Client();
            await ApiTests.Json(await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password }), HttpStatusCode.OK);
        }
    }

    /// <summary>Regression: the demo exempted every official, so one the city created later never enrolled.</summary>
    [Theory]
    [InlineData(PlatformRoles.ZoneOfficer, "daxing")]
    [InlineData(PlatformRoles.CityRegulator, null)]
    public async Task Login_OfficialTheDemoCityCreatesLater_IsSentToEnrolment(string role, string? zoneGroup)
    {
        using var city = Client();
        await ApiTests.Json(await city.PostAsJsonAsync("api/auth/login", new { email = DemoAccounts.City, password = DemoAccounts.Password }), HttpStatusCode.OK);
        var email = $"later-{Guid.NewGuid():N}@demo.local";
        var created = await ApiTests.Json(await city.PostAsJsonAsync("api/accounts", new { email, displayName = "后来的官员", role, zoneGroup }), HttpStatusCode.Created);
        using var invited = Client();
        Assert.Equal(HttpStatusCode.NoContent, (await invited.PostAsJsonAsync("api/auth/set-password", new { token = (string)created["invitation"]!["token"]!, password = Password })).StatusCode);

        var refused = await ApiTests.ProblemAsync(await invited.PostAsJsonAsync("api/auth/login", new { email, password = Password }), HttpStatusCode.Forbidden);
        Assert.Equal("enrol", (string?)refused["secondFactor"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await invited.GetAsync("api/auth/me")).StatusCode);
    }
}

public sealed class SqliteDemoTwoFactorTests : DemoTwoFactorTests
{
    protected override Task<DatabaseLocation> CreateDatabaseAsync(string directory) =>
        Task.FromResult(DatabaseLocation.Parse(Path.Combine(directory, "chujing.db")));

    protected override Task DisposeDatabaseAsync() => Task.CompletedTask;
}

public sealed class PostgresDemoTwoFactorTests : DemoTwoFactorTests
{
    private PostgresServer? _server;

    protected override Task<DatabaseLocation> CreateDatabaseAsync(string directory)
    {
        _server = PostgresServer.Start();
        return Task.FromResult(DatabaseLocation.Parse(_server.CreateDatabase("demotwofactor")));
    }

    protected override async Task DisposeDatabaseAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
