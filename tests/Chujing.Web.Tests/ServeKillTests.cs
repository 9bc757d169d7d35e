using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Verification;
using Chujing.TestSupport;
using Chujing.Web.Demo;
using Npgsql;
using Xunit.Abstractions;

namespace Chujing.Web.Tests;

/// <summary>
/// A <c>chujing serve</c> process on PostgreSQL, ingesting from several clients at once, is killed with SIGKILL in the
/// middle of its batches and started again, round after round: no acknowledged event is lost, every batch is in the
/// ledger and the index whole or not at all, the ledger verifies (also as the downloaded bundle), and the node wrote
/// nothing under its working folder.
/// </summary>
public sealed partial class ServeKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 4;
    private const int Clients = 4;
    private const int EventsPerBatch = 200;

    private readonly string _workingFolder = Directory.CreateTempSubdirectory("chujing-node-cwd-").FullName;
    private readonly PostgresServer _server = PostgresServer.Start();

    // Outside the working folder, as an operator keeps it (e.g. a mounted secret).
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "chujing-kek-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task Serve_KilledMidBatchRepeatedly_NoAcknowledgedEventLostNoHalfBatchAndTheLedgerVerifies()
    {
        var database = _server.CreateDatabase("kill");
        await File.WriteAllTextAsync(_keyFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var acknowledged = new List<Batch>();
        var interrupted = 0;
        string? token = null;
        string? uscc = null;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            var started = clock.Elapsed;
            using var node = await ServeProcess.StartAsync(database, _workingFolder, demo: round == 0, _keyFile);
            output.WriteLine($"round {round}: node up in {(clock.Elapsed - started).TotalSeconds:F1} s");
            if (round == Rounds - 1)
            {
                // After the kills so far, the restarted node serves the ledger as a bundle that the ledger verb verifies.
                var cookie = await SessionNode.SignInAsync(node.Address, DemoAccounts.EnterpriseA);
                using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = node.Address };
                http.DefaultRequestHeaders.Add("Cookie", SessionNode.CookieName + "=" + cookie);
                await LedgerBundles.DownloadAndVerifyAsync(http, TimeProvider.System);
            }

            if (token is null)
            {
                var cookie = await SessionNode.SignInAsync(node.Address, DemoAccounts.EnterpriseA);
                (_, token) = await SessionNode.NewTokenAsync(node.Address, cookie);
                using var me = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = node.Address };
                me.DefaultRequestHeaders.Add("Cookie", SessionNode.CookieName + "=" + cookie);
                uscc = (string)JsonNode.Parse(await me.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
            }

            // Clients send batches without pause; the node is killed a while after the first one of this round is acknowledged.
            using var stop = new CancellationTokenSource();
            var firstAck = new TaskCompletionSource();
            var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(60) };
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var results = new List<Batch>();
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var id = $"r{round}c{c}n{n}";
                    try
                    {
                        using var response = await http.PostAsJsonAsync("api/evidence", Events(uscc!, id));
                        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        var receipt = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                        results.Add(new Batch(id, [.. receipt["leafIndexes"]!.AsArray().Select(i => (long)i!)], (long)receipt["treeHead"]!["size"]!));
                        firstAck.TrySetResult();
                    }
                    catch (HttpRequestException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused })
                    {
                        // Sent after the node was gone: never reached it.
                        return (results, InFlight: 0);
                    }
                    catch (HttpRequestException)
                    {
                        // The node died with this request in flight: not acknowledged, so it may or may not be in.
                        return (results, InFlight: 1);
                    }
                }

                return (results, InFlight: 0);
            })).ToList();

            // A client that failed on its own ends the wait with its failure.
            await Task.WhenAny(firstAck.Task, Task.WhenAll(clients)).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(firstAck.Task.IsCompleted, "no batch was acknowledged: " + string.Join("; ", clients.Where(c => c.IsFaulted).Select(c => c.Exception!.InnerException!.Message)));
            output.WriteLine($"round {round}: first receipt at {(clock.Elapsed - started).TotalSeconds:F1} s");
            var delay = random.Next(100, 1500);
            await Task.Delay(delay);
            node.Kill();
            await stop.CancelAsync();
            var outcomes = await Task.WhenAll(clients);
            acknowledged.AddRange(outcomes.SelectMany(o => o.results));
            var inFlight = outcomes.Sum(o => o.InFlight);
            interrupted += inFlight > 0 ? 1 : 0;
            output.WriteLine($"seed {seed} round {round}: killed {delay} ms after the first receipt with {inFlight} requests in flight; {acknowledged.Count} batches acknowledged so far");
            AssertLedgerSound(database, uscc!, acknowledged, seed);
        }

        output.WriteLine($"{Rounds} kills in {clock.Elapsed.TotalSeconds:F1} s, {interrupted} with requests in flight");
        Assert.True(interrupted > 0, $"seed {seed}: no kill landed while a request was in flight");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workingFolder, "*", SearchOption.AllDirectories));
    }

    private static void AssertLedgerSound(string database, string uscc, List<Batch> acknowledged, int seed)
    {
        using var logs = PostgresLedgerLogs.Open(database);
        using var ledger = EvidenceLedger.Open(logs.Store(uscc));
        var verification = LedgerStoreVerification.Verify(ledger);
        Assert.True(verification.IsValid, $"seed {seed}: {verification}");
        Assert.Equal(ledger.Head.Size, verification.Leaves);

        // Every acknowledged event is at the leaf its receipt named.
        var leaves = ledger.Store.ReadLeaves(0, (int)ledger.Head.Size);
        var batchOf = leaves.Select(l => BatchId().Match(l.Text) is { Success: true } m ? m.Groups[1].Value : string.Empty).ToList();
        foreach (var batch in acknowledged)
        {
            Assert.All(batch.LeafIndexes, i => Assert.Equal(batch.Id, batchOf[(int)i]));
        }

        // No half batch: each batch of this test is there with all its events, one after the other, under one head.
        var heads = ledger.Store.TreeHeads().Select(h => h.Size).ToHashSet();
        foreach (var group in batchOf.Select((id, index) => (id, index)).Where(x => x.id.Length > 0).GroupBy(x => x.id))
        {
            var indexes = group.Select(x => (long)x.index).ToList();
            Assert.True(indexes.Count == EventsPerBatch, $"seed {seed}: batch {group.Key} has {indexes.Count} of {EventsPerBatch} events in the ledger");
            Assert.Equal(indexes[0] + EventsPerBatch - 1, indexes[^1]);
            Assert.Contains(indexes[^1] + 1, heads);
        }

        // The index holds exactly the ledger's leaves of the processor (the batch and its rows commit together).
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand("""
            SELECT count(*), count(DISTINCT r."LeafIndex"), coalesce(max(r."LeafIndex") + 1, 0)
            FROM export_records r JOIN processors p ON p."Id" = r."ProcessorId" WHERE p."Uscc" = @uscc
            """, connection);
        command.Parameters.AddWithValue("uscc", uscc);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(ledger.Head.Size, reader.GetInt64(0));
        Assert.Equal(ledger.Head.Size, reader.GetInt64(1));
        Assert.Equal(ledger.Head.Size, reader.GetInt64(2));
        reader.Close();

        // The node was given a key-encryption key: no signing key is in the database in the clear.
        using var keys = new NpgsqlCommand("SELECT count(*) FROM ledgers.signing_keys WHERE protection NOT LIKE 'aes-256-gcm:%'", connection);
        Assert.Equal(0L, (long)keys.ExecuteScalar()!);
    }

    private static object[] Events(string uscc, string batch) =>
        [.. Enumerable.Range(0, EventsPerBatch).Select(i => (object)new
        {
            processor = uscc,
            time = "2026-05-07T08:00:00Z",
            recipient = "Batch " + batch,
            country = "CH",
            persons = 1,
            personKeys = new[] { "hmac-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(batch + "/" + i))) },
        })];

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_workingFolder, recursive: true);
        File.Delete(_keyFile);
    }

    [GeneratedRegex("\"recipient\":\"Batch (r[0-9]+c[0-9]+n[0-9]+)\"")]
    private static partial Regex BatchId();

    private sealed record Batch(string Id, IReadOnlyList<long> LeafIndexes, long TreeSize);
}
