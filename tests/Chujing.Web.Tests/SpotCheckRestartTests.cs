using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Cli;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chujing.Web.Tests;

/// <summary>
/// A spot check drawn before a restart is the same check after it: a platform started afresh on the same database and
/// data folder serves the same population (byte for byte, so the published hash still holds) and the same sample, the
/// CLI derives that sample from the population file alone, and the check runs there with its proofs.
/// </summary>
public abstract class SpotCheckRestartTests(PlatformFixture platform) : IAsyncLifetime
{
    private const string Seed = "126331563425354643662325-restart";

    private WebApplication? _restarted;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Draw_BeforeARestart_IsTheSameSampleAfterIt_AndTheCliDerivesIt()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01", recordsPerFiling = 3 }), HttpStatusCode.Created);
        var id = (string)check["id"]!;
        var drawn = await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new { seed = Seed }), HttpStatusCode.OK);
        var population = await officer.GetByteArrayAsync($"api/spot-checks/{id}/population");

        // The platform starts again: a new process state over what was stored (its own caches empty).
        _restarted = PlatformApp.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = platform.Services.GetRequiredService<DatabaseLocation>(),

            // Another node of the same demo platform: officials sign in as they do on the first.
            OfficialsRequireTwoFactor = platform.Services.GetRequiredService<PlatformOptions>().OfficialsRequireTwoFactor,
            Time = platform.Time,
            DataDirectory = platform.DataDirectory,
            FrameworkLogLevel = LogLevel.Error,

            // The operator's key-encryption key, as every start of the same platform is given it.
            KeyEncryption = platform.Services.GetRequiredService<PlatformOptions>().KeyEncryption,
        });
        await _restarted.PrepareAsync();
        await _restarted.StartAsync();
        using var after = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_restarted.Urls.First() + "/") };
        (await after.PostAsJsonAsync("api/auth/login", new { email = DemoAccounts.Daxing, password = DemoAccounts.Password })).EnsureSuccessStatusCode();

        Assert.Equal(population, await after.GetByteArrayAsync($"api/spot-checks/{id}/population"));
        var again = await ApiTests.Json(await after.GetAsync($"api/spot-checks/{id}"), HttpStatusCode.OK);
        Assert.Equal(drawn["sample"]!.ToJsonString(), again["sample"]!.ToJsonString());
        Assert.Equal((string?)check["population"]!["hash"], (string?)again["population"]!["hash"]);

        // Anyone with the population file and the seed derives the same sample offline.
        var file = Path.Combine(Directory.CreateTempSubdirectory("chujing-restart-").FullName, "population.json");
        await File.WriteAllBytesAsync(file, population);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ChujingCommand.RunAsync(
            ["spot-check", "plan", file, "--seed", Seed, "--records-per-filing", "3", "--expect-hash", (string)check["population"]!["hash"]!, "--json"],
            new CliContext(output, error, TextReader.Null, false, platform.Time));
        Assert.True(exit == 0, error.ToString());
        Assert.Equal(drawn["sample"]!.ToJsonString(), JsonNode.Parse(output.ToString())!["sample"]!.ToJsonString());

        // And the restarted platform runs it: every sampled record proven against the committed heads.
        var run = await ApiTests.Json(await after.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK);
        Assert.Equal("finished", (string?)run["check"]!["status"]);
        Assert.NotNull(run["findings"]);
    }

    public async Task DisposeAsync()
    {
        if (_restarted is not null)
        {
            await _restarted.StopAsync();
            await _restarted.DisposeAsync();
        }
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteSpotCheckRestartTests(SqlitePlatformFixture platform) : SpotCheckRestartTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresSpotCheckRestartTests(PostgresPlatformFixture platform) : SpotCheckRestartTests(platform);
