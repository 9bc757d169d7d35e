using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Chujing.TestSupport;
using Chujing.Web.Demo;
using Xunit.Abstractions;

namespace Chujing.Web.Tests;

/// <summary>
/// Two <c>chujing serve</c> nodes on a PostgreSQL primary with a synchronous standby, both connected with the same
/// multi-host connection string that targets the primary. Clients ingest through both nodes without pause; the primary
/// is killed with SIGKILL, the standby promoted, a new standby built; trial after trial, each node — never restarted —
/// answers <c>/health</c> 503 while there is no primary and 200 <c>primary</c> after, takes its clients' retries and
/// new events, and every receipt either node gave is in the promoted database at a leaf index no other receipt names,
/// whose ledger verifies; neither node writes a file in its working folder.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Trials in the default suite; <c>CHUJING_FAILOVER_TRIALS</c> sets another number.</summary>
    private const int DefaultTrials = 10;
    private const int Nodes = 2;
    private const int Clients = 4;
    private const int EventsPerBatch = 100;

    private readonly string[] _workingFolders = [.. Enumerable.Range(0, Nodes).Select(_ => Directory.CreateTempSubdirectory("chujing-node-cwd-").FullName)];
    private readonly PostgresStandbyPair _pair = PostgresStandbyPair.Start();
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "chujing-kek-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task PrimaryKilledDuringIngestion_StandbyPromoted_NodesRecoverWithoutRestartAndNoReceiptIsLost()
    {
        var trials = int.TryParse(Environment.GetEnvironmentVariable("CHUJING_FAILOVER_TRIALS"), CultureInfo.InvariantCulture, out var t) ? t : DefaultTrials;
        var database = _pair.CreateDatabase("failover");
        var connectionString = _pair.MultiHostConnectionString(database);
        await File.WriteAllTextAsync(_keyFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();

        // The first node seeds the demo data; the second joins the same database.
        using var first = await ServeProcess.StartAsync(connectionString, _workingFolders[0], demo: true, _keyFile);
        using var second = await ServeProcess.StartAsync(connectionString, _workingFolders[1], demo: false, _keyFile);
        Uri[] nodes = [first.Address, second.Address];
        output.WriteLine($"{Nodes} nodes up in {clock.Elapsed.TotalSeconds:F1} s");
        var cookie = await SessionNode.SignInAsync(first.Address, DemoAccounts.EnterpriseA);
        var (_, token) = await SessionNode.NewTokenAsync(first.Address, cookie);

        // A cookie issued by the first node is honoured by the second.
        using var session = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = second.Address };
        session.DefaultRequestHeaders.Add("Cookie", SessionNode.CookieName + "=" + cookie);
        var uscc = (string)JsonNode.Parse(await session.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
        var health = nodes.Select(node => new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(30) }).ToList();
        try
        {
            var acknowledged = new List<EvidenceBatch>();
            for (var trial = 0; trial < trials; trial++)
            {
                var started = clock.Elapsed;
                using var ingestion = new Ingestion(nodes, token, uscc, $"t{trial}");
                var clients = Enumerable.Range(0, Clients).Select(ingestion.RunAsync).ToList();

                // Every client, on either node, has a receipt: the kill comes while both nodes ingest.
                await ingestion.WaitForReceiptsAfterAsync(ingestion.ReceiptsOfClients(), clients);
                var delay = random.Next(50, 600);
                await Task.Delay(delay);
                var before = ingestion.ReceiptsOfClients().Sum();
                _pair.KillPrimary();
                var killedAt = clock.Elapsed;

                // No primary: each node says so.
                var outage = await Task.WhenAll(health.Select(h => WaitForHealthAsync(h, HttpStatusCode.ServiceUnavailable)));
                _pair.PromoteStandby();
                var promotedAt = clock.Elapsed;
                var recovered = await Task.WhenAll(health.Select(h => WaitForHealthAsync(h, HttpStatusCode.OK)));
                Assert.All(recovered, body => Assert.Equal("primary", (string?)JsonNode.Parse(body)!["role"]));
                var healthyAt = clock.Elapsed;

                // The new primary commits once it has a synchronous standby again; until then the clients' batches
                // wait. Then every client, on either node, gets a receipt for a batch sent after the promotion.
                _pair.StartStandby();
                var standbyAt = clock.Elapsed;
                await ingestion.WaitForReceiptsAfterAsync(ingestion.ReceiptsOfClients(), clients);
                ingestion.Stop();
                var batches = (await Task.WhenAll(clients)).SelectMany(b => b).ToList();
                acknowledged.AddRange(batches);
                output.WriteLine(
                    $"seed {seed} trial {trial}: killed {delay} ms into ingestion ({before} receipts), 503 \"{Title(outage[0])}\" after {(promotedAt - killedAt).TotalSeconds:F1} s; " +
                    $"200 primary {(healthyAt - promotedAt).TotalSeconds:F1} s after promotion; standby in {(standbyAt - healthyAt).TotalSeconds:F1} s; " +
                    $"{batches.Count} receipts ({ingestion.ReceiptsByNode}), {ingestion.Failures} failed attempts ({ingestion.FailureKinds}); trial {(clock.Elapsed - started).TotalSeconds:F1} s");

                // Every receipt either node gave so far names leaf indexes of its own, is in the promoted database,
                // whole, and its ledger verifies.
                var indexes = acknowledged.SelectMany(b => b.LeafIndexes).ToList();
                Assert.True(indexes.Count == indexes.Distinct().Count(), $"seed {seed} trial {trial}: a leaf index was given twice");
                EvidenceBatches.AssertLedgerSound(_pair.PrimaryConnectionString(database), uscc, acknowledged, EventsPerBatch, $"seed {seed} trial {trial}");
            }

            // The second node, never restarted, exports the ledger of the last promoted database as a bundle that
            // verifies. A pooled connection to the killed primary may still answer one request 503 (resend), as the
            // contract says a client then does; the node must answer within a few resends.
            for (var resend = 0; resend < 10; resend++)
            {
                using var probe = await session.GetAsync("api/ledger/bundle");
                if (probe.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    output.WriteLine($"bundle after {resend} resend(s)");
                    break;
                }

                await Task.Delay(500);
            }

            var line = await LedgerBundles.DownloadAndVerifyAsync(session, TimeProvider.System);
            output.WriteLine($"{trials} failovers in {clock.Elapsed.TotalSeconds:F1} s, {acknowledged.Count} batches acknowledged; {line.Trim()}");
            Assert.All(_workingFolders, folder => Assert.Empty(Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)));
        }
        finally
        {
            health.ForEach(h => h.Dispose());
        }
    }

    /// <summary>Polls <c>/health</c> until it answers <paramref name="status"/>; returns the body.</summary>
    private static async Task<string> WaitForHealthAsync(HttpClient health, HttpStatusCode status)
    {
        var deadline = Stopwatch.StartNew();
        var last = "no answer";
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var response = await health.GetAsync("health");
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == status)
            {
                return body;
            }

            last = $"{(int)response.StatusCode} {body}";
            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException($"/health did not answer {(int)status} within 60 s; last: {last}");
    }

    private static string? Title(string problem) => (string?)JsonNode.Parse(problem)?["title"];

    public void Dispose()
    {
        _pair.Dispose();
        foreach (var folder in _workingFolders)
        {
            Directory.Delete(folder, recursive: true);
        }

        File.Delete(_keyFile);
    }

    /// <summary>
    /// Clients that send batches without pause, client <c>c</c> to node <c>c mod N</c>, and resend, as a new batch,
    /// whatever was not acknowledged (a failed request, a 503): a batch whose receipt was not given may or may not be
    /// in the ledger, whole.
    /// </summary>
    private sealed class Ingestion(IReadOnlyList<Uri> nodes, string token, string uscc, string name) : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Dictionary<string, int> _failureKinds = [];
        private readonly int[] _receipts = new int[Clients];
        private int _failures;

        public int Failures => Volatile.Read(ref _failures);

        /// <summary>Receipts given so far, by client.</summary>
        public int[] ReceiptsOfClients() => [.. _receipts.Select((_, c) => Volatile.Read(ref _receipts[c]))];

        /// <summary>Receipts given so far, by node.</summary>
        public string ReceiptsByNode
        {
            get
            {
                var receipts = ReceiptsOfClients();
                return string.Join(", ", nodes.Select((node, n) => $"{node.Authority} ×{receipts.Where((_, c) => c % nodes.Count == n).Sum()}"));
            }
        }

        public string FailureKinds
        {
            get
            {
                lock (_failureKinds)
                {
                    return string.Join(", ", _failureKinds.Select(k => $"{k.Key} ×{k.Value}"));
                }
            }
        }

        public async Task<List<EvidenceBatch>> RunAsync(int client)
        {
            using var http = new HttpClient { BaseAddress = nodes[client % nodes.Count], Timeout = TimeSpan.FromSeconds(90) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var results = new List<EvidenceBatch>();
            for (var n = 0; !_stop.IsCancellationRequested; n++)
            {
                var id = $"{name}c{client}b{n}";
                string failure;
                try
                {
                    using var response = await http.PostAsJsonAsync("api/evidence", EvidenceBatches.Events(uscc, id, EventsPerBatch));
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        results.Add(EvidenceBatches.Acknowledged(id, body));
                        Interlocked.Increment(ref _receipts[client]);
                        continue;
                    }

                    // While there is no primary the node says so (503, resend); anything else would be a defect.
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
                    failure = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                }
                catch (HttpRequestException e)
                {
                    failure = e.HttpRequestError.ToString();
                }

                Interlocked.Increment(ref _failures);
                lock (_failureKinds)
                {
                    _failureKinds[failure] = _failureKinds.GetValueOrDefault(failure) + 1;
                }

                await Task.Delay(50);
            }

            return results;
        }

        /// <summary>
        /// Waits until every client has more receipts than <paramref name="receiptsOfClients"/> gives it; a client that
        /// fails ends the wait with its failure.
        /// </summary>
        public async Task WaitForReceiptsAfterAsync(int[] receiptsOfClients, IReadOnlyList<Task<List<EvidenceBatch>>> clients)
        {
            var deadline = Stopwatch.StartNew();
            while (ReceiptsOfClients().Where((r, c) => r <= receiptsOfClients[c]).Any())
            {
                if (clients.FirstOrDefault(c => c.IsFaulted) is { } failed)
                {
                    await failed;
                }

                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), $"receipts by client {string.Join("/", ReceiptsOfClients())}, not all past {string.Join("/", receiptsOfClients)} within 90 s; failures: {FailureKinds}");
                await Task.Delay(20);
            }
        }

        public void Stop() => _stop.Cancel();

        public void Dispose() => _stop.Dispose();
    }
}
