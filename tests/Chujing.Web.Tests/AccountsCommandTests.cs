using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chujing.Cli;
using Chujing.Persistence;
using Chujing.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Chujing.Web.Tests;

/// <summary>
/// <c>chujing accounts create</c> on a fresh install (no demo data, no account at all), on each store: the first city
/// account, with its password from standard input or an invitation link, signs in to the platform started on that
/// database afterwards; a weak password, a bad option or a taken e-mail address is exit 2 naming the option, and
/// leaves nothing written.
/// </summary>
public abstract partial class AccountsCommandTests : IAsyncLifetime
{
    private const string Password = "Stadt-Verwaltung-2026!";

    private readonly string _dir = Directory.CreateTempSubdirectory("chujing-accounts-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A new, empty database: an SQLite file's path or a PostgreSQL connection string, as <c>--db</c> takes it.</summary>
    protected abstract string NewDatabase(string folder);

    [Fact]
    public async Task PasswordFromStandardInput_TheFirstCityAccountSignsIn()
    {
        var db = NewDatabase(_dir);
        var (exit, output, error) = await RunAsync(Password + "\n", "accounts", "create", "--db", db, "--role", "city", "--email", "admin@city.example", "--name", "市网信办管理员", "--password-stdin");
        Assert.True(exit == 0, error);
        Assert.StartsWith("已创建市级监管部门账户（cac） admin@city.example（编号 ", output, StringComparison.Ordinal);
        Assert.Contains(" · created city account (cac) admin@city.example (id ", output, StringComparison.Ordinal);
        Assert.Contains("password set", output, StringComparison.Ordinal);

        await using var platform = await StartAsync(db);
        using var client = new HttpClient { BaseAddress = platform.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("api/auth/login", new { email = "admin@city.example", password = Password + "x" })).StatusCode);

        // The password is right; an official outside the demo enrols an authenticator app next (docs/accounts.md).
        var login = await client.PostAsJsonAsync("api/auth/login", new { email = "admin@city.example", password = Password });
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Equal("enrol", (string?)JsonNode.Parse(await login.Content.ReadAsStringAsync())!["secondFactor"]);
    }

    [Fact]
    public async Task WithoutAPassword_AnInvitationLinkThatSetsIt()
    {
        var db = NewDatabase(_dir);
        var (exit, output, error) = await RunAsync(string.Empty, "accounts", "create", "--db", db, "--role", "zone-officer", "--zone-group", "daxing", "--email", "officer@daxing.example", "--public-url", "https://chujing.example/");
        Assert.True(exit == 0, error);
        Assert.StartsWith("已创建自贸组团 daxing 工作人员账户 officer@daxing.example", output, StringComparison.Ordinal);
        Assert.Contains(" · created zone officer of daxing officer@daxing.example", output, StringComparison.Ordinal);
        var token = InvitationLink().Match(output);
        Assert.True(token.Success, output);

        await using var platform = await StartAsync(db);
        using var client = new HttpClient { BaseAddress = platform.Address };
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("api/auth/set-password", new { token = token.Groups[1].Value, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("api/auth/login", new { email = "officer@daxing.example", password = Password })).StatusCode);
    }

    [Theory]
    [InlineData("password", "--password-stdin", " · must be at least 10 characters")]
    [InlineData("Demo-Passw0rd!", "--password-stdin", "is the demo accounts' published password")]
    [InlineData("Admin-Passw0rd-2026!", "--password-stdin", "must not contain the e-mail address's name")]
    [InlineData("", "--password-stdin", "no password on standard input")]
    public async Task WeakPassword_Exit2NamingTheOption_AndNoAccount(string password, string option, string message)
    {
        var db = NewDatabase(_dir);
        var (exit, output, error) = await RunAsync(password + "\n", "accounts", "create", "--db", db, "--role", "city", "--email", "admin@city.example", "--password-stdin");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches("^错误 error: " + Regex.Escape(option) + ": [^·]*\\p{IsCJKUnifiedIdeographs}[^·]* · ", line));
        Assert.Contains(message, error, StringComparison.Ordinal);

        // Nothing was written: the same e-mail address is still free.
        var again = await RunAsync(Password + "\n", "accounts", "create", "--db", db, "--role", "city", "--email", "admin@city.example", "--password-stdin");
        Assert.True(again.Exit == 0, again.Error);
    }

    [Fact]
    public async Task BadOptions_Exit2EachNamingItsOption()
    {
        var db = NewDatabase(_dir);
        Assert.Equal(0, (await RunAsync(string.Empty, "accounts", "create", "--db", db, "--role", "city", "--email", "admin@city.example")).Exit);
        (string[] Args, string Place, string English)[] cases =
        [
            (["--role", "city", "--email", "admin@city.example"], "--email", "admin@city.example already has an account"),
            (["--role", "boss", "--email", "b@city.example"], "--role", "'boss' is not a role made on the console"),
            (["--role", "enterprise", "--email", "b@city.example"], "--role", "an enterprise's accounts are made on the platform"),
            (["--role", "city", "--email", "not-an-address"], "--email", "'not-an-address' is not an e-mail address"),
            (["--role", "city", "--email", "b@city.example", "--regulator", "police"], "--regulator", "'police' is not a city regulator"),
            (["--role", "zone-officer", "--email", "b@city.example", "--zone-group", "nowhere"], "--zone-group", "'nowhere' is not a zone group"),
            (["--role", "city", "--email", "b@city.example", "--public-url", "chujing"], "--public-url", "'chujing' is not an http(s) address"),
        ];
        foreach (var (args, place, english) in cases)
        {
            var (exit, output, error) = await RunAsync(string.Empty, ["accounts", "create", "--db", db, .. args]);
            Assert.True(exit == 2, $"{string.Join(' ', args)}: exit {exit} {error}");
            Assert.Empty(output);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));

            // Chinese first, then the English beside it.
            Assert.Matches("^错误 error: " + Regex.Escape(place) + ": [^·]*\\p{IsCJKUnifiedIdeographs}[^·]* · " + Regex.Escape(english), line);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }

        var usage = await RunAsync(string.Empty, "accounts", "create", "--db", db, "--role", "city");
        Assert.Equal(2, usage.Exit);
        Assert.Equal("错误 error: 缺少必需的选项 --email。（用法见 chujing --help） · Option '--email' is required. (see 'chujing --help')", usage.Error.Trim());
    }

    /// <summary>Runs the command line in-process with <paramref name="input"/> as standard input.</summary>
    internal static async Task<(int Exit, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exit = await ChujingCommand.RunAsync(args, new CliContext(output, error, reader, false, TimeProvider.System));
        return (exit, output.ToString(), error.ToString());
    }

    // The platform as `chujing serve --db …` runs it on that database, without demo data.
    private async Task<RunningPlatform> StartAsync(string db)
    {
        var app = PlatformApp.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = DatabaseLocation.Parse(db),
            DataDirectory = Path.Combine(_dir, "data-" + Guid.NewGuid().ToString("N")[..8]),
            FrameworkLogLevel = LogLevel.Error,
        });
        await app.PrepareAsync();
        await app.StartAsync();
        return new RunningPlatform(app);
    }

    [GeneratedRegex(@"https://chujing\.example/Account/SetPassword\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex InvitationLink();

    private sealed class RunningPlatform(WebApplication app) : IAsyncDisposable
    {
        public Uri Address { get; } = new(app.Urls.First() + "/");

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}

public sealed class SqliteAccountsCommandTests : AccountsCommandTests
{
    protected override string NewDatabase(string folder) => Path.Combine(folder, Guid.NewGuid().ToString("N")[..8] + ".db");
}

public sealed class PostgresAccountsCommandTests(PostgresAccountsCommandTests.Server server) : AccountsCommandTests, IClassFixture<PostgresAccountsCommandTests.Server>
{
    protected override string NewDatabase(string folder) => server.Postgres.CreateDatabase("accounts");

    /// <summary>One PostgreSQL server for these tests, a new database for each.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private PostgresServer? _postgres;

        public PostgresServer Postgres => _postgres ?? throw new InvalidOperationException("not started");

        public Task InitializeAsync()
        {
            _postgres = PostgresServer.Start();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            if (_postgres is not null)
            {
                await _postgres.DisposeAsync();
            }
        }
    }
}
