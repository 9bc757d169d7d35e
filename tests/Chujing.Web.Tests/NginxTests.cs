using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Chujing.TestSupport;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>
/// Two <c>chujing serve</c> nodes on one PostgreSQL database behind nginx with TLS, configured by the file the
/// deployment guide shows (<c>deploy/nginx/chujing.conf</c>): clients ingest through nginx and get leaf indexes of
/// their own, the bundle downloaded through nginx verifies, and a browser's state change from the site itself
/// (<c>Origin: https://…</c>, which nginx forwards as <c>X-Forwarded-Proto: https</c>) is accepted, while one from
/// another site is refused.
/// </summary>
public sealed class NginxTests : IDisposable
{
    private const int Clients = 16;
    private const int RequestsPerClient = 4;
    private const int EventsPerRequest = 25;

    private readonly string _workingFolder = Directory.CreateTempSubdirectory("chujing-node-cwd-").FullName;
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "chujing-kek-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task TwoNodesBehindNginxWithTls_UniqueReceiptsBundleVerifiesAndTheSitesOwnBrowserPostIsAccepted()
    {
        using var server = PostgresServer.Start();
        var database = server.CreateDatabase("nginx");
        await File.WriteAllTextAsync(_keyFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        using var first = await ServeProcess.StartAsync(database, _workingFolder, demo: true, _keyFile);
        using var second = await ServeProcess.StartAsync(database, _workingFolder, demo: false, _keyFile);
        using var nginx = await NginxProxy.StartAsync([first.Address, second.Address]);

        // Signed in through nginx, as a browser at https://chujing.example.gov.cn would be.
        string cookie;
        using (var login = Client(nginx))
        {
            using var response = await login.PostAsJsonAsync("api/auth/login", new { email = DemoAccounts.EnterpriseA, password = DemoAccounts.Password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionNode.CookieName + "=", StringComparison.Ordinal));
            Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
            cookie = setCookie[(SessionNode.CookieName.Length + 1)..setCookie.IndexOf(';', StringComparison.Ordinal)];
        }

        using var browser = Client(nginx);
        browser.DefaultRequestHeaders.Add("Cookie", SessionNode.CookieName + "=" + cookie);
        var uscc = (string)JsonNode.Parse(await browser.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;

        // The site's own page creating a gateway token: Origin https://chujing.example.gov.cn, the node called over http.
        using var own = TokenRequest("https://" + NginxProxy.ServerName);
        using var created = await browser.SendAsync(own);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        var token = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["token"]!;

        // The same from another site is refused; and sent to a node directly over http, the https Origin is not its own.
        using var foreign = TokenRequest("https://attacker.example");
        using (var refused = await browser.SendAsync(foreign))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var direct = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = first.Address })
        {
            direct.DefaultRequestHeaders.Host = NginxProxy.ServerName;
            direct.DefaultRequestHeaders.Add("Cookie", SessionNode.CookieName + "=" + cookie);
            using var bypass = TokenRequest("https://" + NginxProxy.ServerName);
            using var answer = await direct.SendAsync(bypass);
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        }

        // Gateways ingest through nginx, which spreads them over both nodes.
        var receipts = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            using var http = Client(nginx);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var batches = new List<EvidenceBatch>();
            for (var request = 0; request < RequestsPerClient; request++)
            {
                var id = $"x{client}b{request}";
                using var response = await http.PostAsJsonAsync("api/evidence", EvidenceBatches.Events(uscc, id, EventsPerRequest));
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
                batches.Add(EvidenceBatches.Acknowledged(id, body));
            }

            return batches;
        }));

        var all = receipts.SelectMany(r => r).ToList();
        var indexes = all.SelectMany(b => b.LeafIndexes).ToList();
        Assert.Equal(Clients * RequestsPerClient * EventsPerRequest, indexes.Count);
        Assert.Equal(indexes.Count, indexes.Distinct().Count());
        EvidenceBatches.AssertLedgerSound(database, uscc, all, EventsPerRequest, "through nginx");

        // Both nodes took evidence (nginx logs the node of each request; least_conn with 16 clients uses both).
        var nodes = nginx.AccessLog().Where(l => l.Contains("\"POST /api/evidence ", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToHashSet();
        Assert.Equal(new[] { first.Address.Authority, second.Address.Authority }.ToHashSet(), nodes);

        // The bundle, streamed through nginx, verifies and holds every event acknowledged.
        var line = await LedgerBundles.DownloadAndVerifyAsync(browser, TimeProvider.System);
        Assert.Contains($"ok: {all.Max(b => b.TreeSize)} leaves", line, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workingFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void DeploymentGuide_ShowsTheNginxConfigurationTheTestsRun()
    {
        var shipped = File.ReadAllText(RepositoryPaths.Of("deploy", "nginx", "chujing.conf"));
        var guide = File.ReadAllText(RepositoryPaths.Of("docs", "deployment.md"));
        Assert.Contains("```nginx\n" + shipped + "```", guide, StringComparison.Ordinal);
    }

    /// <summary>A client of the site through nginx: TLS trusting nginx's certificate only, <c>Host: chujing.example.gov.cn</c>.</summary>
    private static HttpClient Client(NginxProxy nginx)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == nginx.Certificate.GetCertHashString() },
        };
        var client = new HttpClient(handler) { BaseAddress = nginx.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Host = NginxProxy.ServerName;
        return client;
    }

    private static HttpRequestMessage TokenRequest(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/tokens") { Content = JsonContent.Create(new { name = "网关 nginx" }) };
        request.Headers.Add("Origin", origin);
        return request;
    }

    public void Dispose()
    {
        Directory.Delete(_workingFolder, recursive: true);
        File.Delete(_keyFile);
    }
}
