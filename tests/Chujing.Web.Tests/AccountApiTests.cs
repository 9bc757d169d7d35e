using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Persistence.Accounts;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>The service's front door: health, OpenAPI, anonymous access, sign-in and lockout. Same tests on SQLite and PostgreSQL.</summary>
public abstract class AccountApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Health_ServiceAndDatabaseAnswer_200()
    {
        using var client = platform.Anonymous();
        var response = await client.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var role = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["role"]!.GetValue<string>();
        Assert.Equal(platform.ProviderName == "sqlite" ? "embedded" : "primary", role);

        // A probe asking with HEAD gets the same status.
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "health"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheContractRoutes()
    {
        using var client = platform.Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(paths, new HashSet<string>(StringComparer.Ordinal)
        {
            "/api/auth/login", "/api/auth/logout", "/api/assess", "/api/filings", "/api/filings/{id}", "/api/evidence", "/health",
        });
    }

    [Fact]
    public async Task Filings_Anonymous_401ProblemJson()
    {
        using var client = platform.Anonymous();
        var response = await client.GetAsync("api/filings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_WrongPassword_401Problem()
    {
        using var client = platform.Anonymous();
        var response = await client.PostAsJsonAsync("api/auth/login", new { email = DemoAccounts.City, password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountWithoutRevealingIt()
    {
        var email = "lockout-" + platform.ProviderName + "@demo.local";
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = new PlatformUser { UserName = email, Email = email, DisplayName = "lockout", Regulator = "cac" };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PlatformRoles.CityRegulator)).Succeeded);
        }

        using var client = platform.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("api/auth/login", new { email, password = "wrong-password" });
        }

        var response = await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        // The answer does not tell a locked account from an unknown e-mail.
        var unknown = await client.PostAsJsonAsync("api/auth/login", new { email = "nobody-" + email, password = "wrong-password" });
        Assert.Equal(
            (string?)JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["detail"],
            (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
    }

    [Fact]
    public async Task Login_MissingFields_422NamingThem()
    {
        using var client = platform.Anonymous();
        var problem = await ApiTests.ProblemAsync(await client.PostAsJsonAsync("api/auth/login", new { email = "" }), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("email"));
        Assert.True(problem["errors"]!.AsObject().ContainsKey("password"));
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteAccountApiTests(SqlitePlatformFixture platform) : AccountApiTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresAccountApiTests(PostgresPlatformFixture platform) : AccountApiTests(platform);
