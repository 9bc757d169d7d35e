using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.TestSupport;
using Microsoft.Data.Sqlite;

namespace Chujing.Web.Tests;

/// <summary>
/// docs/deployment.md's smoke path on a fresh install (no demo), as an operator runs it: <c>chujing accounts create</c>
/// makes the city account, <c>chujing serve</c> starts, the city enrols its authenticator and registers a processor,
/// invites its administrator, who makes an API token, records an export and downloads the bundle that
/// <c>chujing ledger verify</c> accepts offline. Every request body is the one the document shows.
/// </summary>
public abstract class FreshInstallSmokeTests : IAsyncLifetime
{
    private const string CityPassword = "Stadt-Verwaltung-2026!";

    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-fresh-").FullName;

    protected string Folder => _folder;

    protected abstract Task<string> CreateDatabaseAsync();

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await DisposeDatabaseAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SmokePath_FromNothingToAVerifiedBundle()
    {
        var database = await CreateDatabaseAsync();
        var (exit, _, error) = await AccountsCommandTests.RunAsync(CityPassword + "\n", Documented("accounts", "create", "--db", database, "--role", "city", "--email", "admin@city.example", "--name", "市网信办管理员", "--password-stdin"));
        Assert.True(exit == 0, error);
        using var node = await ServeProcess.StartAsync(database, _folder, demo: false);

        // The city enrols its authenticator once in the browser, then signs in for the API with a code.
        string key;
        using (var browser = Client(node, redirects: false))
        {
            var login = await browser.GetStringAsync("Account/Login");
            var posted = await browser.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(login), ["Email"] = "admin@city.example", ["Password"] = CityPassword,
            }));
            Assert.StartsWith("/Account/TwoFactor", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var enrolment = await browser.GetStringAsync("Account/TwoFactor");
            key = TwoFactorTests.SharedKeyOf(enrolment);
            var enrolled = await browser.PostAsync("Account/TwoFactor", RequiredTwoFactorTests.Form(enrolment, TwoFactorTests.Code(key)));
            Assert.Contains("data-testid=\"recovery-codes\"", await enrolled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var city = Client(node);
        var cityLogin = Documented("""{"email":"admin@city.example","password":"Stadt-Verwaltung-2026!","code":"'"$CODE"'"}""").Replace("'\"$CODE\"'", TwoFactorTests.Code(key), StringComparison.Ordinal);
        await ApiTests.Json(await Post(city, "api/auth/login", cityLogin), HttpStatusCode.OK);

        await ApiTests.Json(await Post(city, "api/processors", Documented("""{"uscc":"91110115MA0CHJK214","name":"北京大兴试点医药有限公司","zoneGroup":"daxing","contactEmail":"dpo@pharma.example"}""")), HttpStatusCode.Created);
        var invited = await ApiTests.Json(await Post(city, "api/accounts", Documented("""{"email":"dpo@pharma.example","displayName":"王敏","role":"enterprise","processor":"91110115MA0CHJK214"}""")), HttpStatusCode.Created);
        var invitation = (string)invited["invitation"]!["token"]!;

        using var admin = Client(node);
        var setPassword = Documented("""{"token":"'"$(cat invitation.txt)"'","password":"Daten-Export-2026!"}""").Replace("'\"$(cat invitation.txt)\"'", invitation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await Post(admin, "api/auth/set-password", setPassword)).StatusCode);
        await ApiTests.Json(await Post(admin, "api/auth/login", Documented("""{"email":"dpo@pharma.example","password":"Daten-Export-2026!"}""")), HttpStatusCode.OK);
        var token = (string)(await ApiTests.Json(await Post(admin, "api/tokens", Documented("""{"name":"export-gateway"}""")), HttpStatusCode.Created))["token"]!;

        using var gateway = Client(node);
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var receipt = await ApiTests.Json(await Post(gateway, "api/evidence", Documented("""[{"processor":"91110115MA0CHJK214","time":"2026-12-01T08:00:00Z","recipient":"Example GmbH","country":"DE","persons":1,"personKeys":["hmac-sha256:ed3710592c6f3c861c4e6fc5f26ad2c82da11efccc1342995e2691590ab5a70d"]}]""")), HttpStatusCode.OK);
        Assert.Equal(0, (int)receipt["leafIndexes"]![0]!);
        Assert.Contains(receipt["deviations"]!.AsArray(), d => (string?)d!["kind"] == "no-filing");
        var receiptFile = Path.Combine(_folder, "receipt.json");
        await File.WriteAllTextAsync(receiptFile, receipt.ToJsonString());

        Documented("-o bundle.jsonl $B/api/ledger/bundle");
        var bundle = await LedgerBundles.DownloadAsync(admin);
        try
        {
            var (verified, output, failure) = await AccountsCommandTests.RunAsync(string.Empty, Documented("ledger", "verify", bundle, "--head", receiptFile));
            Assert.True(verified == 0, output + failure);
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    private static HttpClient Client(ServeProcess node, bool redirects = true) =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = redirects }) { BaseAddress = node.Address };

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>The smoke path's shell block in docs/deployment.md, which the steps here must match.</summary>
    private static string Block()
    {
        var text = File.ReadAllText(RepositoryPaths.Of("docs", "deployment.md"));
        var start = text.IndexOf("## 0a.", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/deployment.md has no smoke path (section 0a)");
        var open = text.IndexOf("```bash\n", start, StringComparison.Ordinal);
        return text[open..text.IndexOf("\n```", open + 8, StringComparison.Ordinal)];
    }

    /// <summary><paramref name="text"/>, after asserting that the document's smoke path shows it.</summary>
    private static string Documented(string text)
    {
        Assert.True(Block().Contains(text, StringComparison.Ordinal), "docs/deployment.md's smoke path does not show: " + text);
        return text;
    }

    /// <summary>A command line whose verb and options the document's smoke path shows (files and the database are the test's own).</summary>
    private static string[] Documented(params string[] args)
    {
        var shown = Block();
        foreach (var arg in args.Where(a => !a.Contains('/', StringComparison.Ordinal) && !a.Contains('=', StringComparison.Ordinal)))
        {
            Assert.True(shown.Contains(arg, StringComparison.Ordinal), "docs/deployment.md's smoke path does not show: " + arg);
        }

        return args;
    }
}

public sealed class SqliteFreshInstallSmokeTests : FreshInstallSmokeTests
{
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(Path.Combine(Folder, "chujing.db"));
}

public sealed class PostgresFreshInstallSmokeTests : FreshInstallSmokeTests
{
    private PostgresServer? _server;

    protected override Task<string> CreateDatabaseAsync()
    {
        _server = PostgresServer.Start();
        return Task.FromResult(_server.CreateDatabase("fresh"));
    }

    protected override async Task DisposeDatabaseAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
