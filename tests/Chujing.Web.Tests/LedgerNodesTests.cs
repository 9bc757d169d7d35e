using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chujing.Web.Tests;

/// <summary>
/// Two nodes on one PostgreSQL database, many clients appending to the same processor's ledger through both at once:
/// the database sequences the appends, so every receipt has leaf indexes of its own, the log grows by exactly the
/// events acknowledged, and the exported bundle verifies.
/// </summary>
[Collection(PostgresPlatformCollection.Name)]
public sealed class LedgerNodesTests(PostgresPlatformFixture platform) : IAsyncLifetime
{
    private const int Clients = 16;
    private const int RequestsPerClient = 5;
    private const int EventsPerRequest = 4;

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("chujing-node2-").FullName;
    private WebApplication? _second;

    public async Task InitializeAsync()
    {
        _second = PlatformApp.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = platform.Services.GetRequiredService<DatabaseLocation>(),

            // Another node of the same demo platform: officials sign in as they do on the first.
            OfficialsRequireTwoFactor = platform.Services.GetRequiredService<PlatformOptions>().OfficialsRequireTwoFactor,
            Time = platform.Time,
            DataDirectory = _dataDirectory,
            FrameworkLogLevel = LogLevel.Error,
            KeyEncryption = platform.Services.GetRequiredService<PlatformOptions>().KeyEncryption,
        });
        await _second.PrepareAsync();
        await _second.StartAsync();
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

    [Fact]
    public async Task SixteenClientsThroughTwoNodes_OneProcessor_UniqueLeafIndexesAndTheBundleVerifies()
    {
        var nodes = new[] { platform.BaseAddress, new Uri(_second!.Urls.First() + "/") };
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var uscc = (string)JsonNode.Parse(await enterprise.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        var cookie = await SessionNode.SignInAsync(nodes[0], DemoAccounts.EnterpriseA);
        var (_, token) = await SessionNode.NewTokenAsync(nodes[0], cookie);
        var before = await SizeAsync(uscc);

        var receipts = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            using var http = new HttpClient { BaseAddress = nodes[client % nodes.Length] };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var indexes = new List<(long Index, long TreeSize)>();
            for (var request = 0; request < RequestsPerClient; request++)
            {
                var events = Enumerable.Range(0, EventsPerRequest).Select(e => new
                {
                    processor = uscc,
                    time = "2026-05-06T08:00:00Z",
                    recipient = "Novum Pharma AG",
                    country = "CH",
                    persons = 1,
                    personKeys = new[] { Key($"nodes-{client}-{request}-{e}") },
                }).ToArray();
                var receipt = await ApiTests.Json(await http.PostAsJsonAsync("api/evidence", events), HttpStatusCode.OK);
                var size = (long)receipt["treeHead"]!["size"]!;
                indexes.AddRange(receipt["leafIndexes"]!.AsArray().Select(i => ((long)i!, size)));
            }

            return indexes;
        }));

        var all = receipts.SelectMany(r => r).ToList();
        Assert.Equal(Clients * RequestsPerClient * EventsPerRequest, all.Count);
        Assert.Equal(all.Count, all.Select(r => r.Index).Distinct().Count());
        Assert.All(all, r => Assert.InRange(r.Index, before, r.TreeSize - 1));
        var after = await SizeAsync(uscc);
        Assert.Equal(before + all.Count, after);
        Assert.Equal(after, all.Max(r => r.TreeSize));

        // Either node exports the same log to the enterprise signed in (the gateway's token only appends), and it verifies.
        foreach (var node in nodes)
        {
            using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = node };
            http.DefaultRequestHeaders.Add("Cookie", SessionNode.CookieName + "=" + cookie);
            var line = await LedgerBundles.DownloadAndVerifyAsync(http, platform.Time);
            Assert.Contains($"ok: {after} leaves", line, StringComparison.Ordinal);
        }

        // The cookie made by the first node was honoured by the second although the cookie keys and the signing keys
        // are in the database only encrypted under the key-encryption key the nodes were given.
        await using var connection = new Npgsql.NpgsqlConnection(platform.Services.GetRequiredService<DatabaseLocation>().ConnectionString);
        await connection.OpenAsync();
        await using (var keys = new Npgsql.NpgsqlCommand("SELECT \"Xml\" FROM \"DataProtectionKeys\"", connection))
        await using (var reader = await keys.ExecuteReaderAsync())
        {
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                Assert.Contains("<encryptedKey kek=", reader.GetString(0), StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", reader.GetString(0), StringComparison.Ordinal);
            }

            Assert.True(rows > 0);
        }

        await using var plain = new Npgsql.NpgsqlCommand("SELECT count(*) FROM ledgers.signing_keys WHERE protection NOT LIKE 'aes-256-gcm:%'", connection);
        Assert.Equal(0L, (long)(await plain.ExecuteScalarAsync())!);
    }

    private async Task<long> SizeAsync(string uscc) =>
        await platform.Services.GetRequiredService<Chujing.Web.Evidence.IEvidenceLedger>()
            .ReadAsync(uscc, ledger => ledger?.Head.Size ?? 0, CancellationToken.None);

    private static string Key(string person) => "hmac-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person)));
}
