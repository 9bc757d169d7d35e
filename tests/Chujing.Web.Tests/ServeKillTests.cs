using System.Diagnostics;
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
/// <c>chujing serve</c> processes on one PostgreSQL database, each ingesting from its own clients, are killed with
/// SIGKILL in the middle of their batches and started again, round after round, twenty kills in all: no acknowledged event is lost, every batch is in the
/// ledger and the index whole or not at all, the ledger verifies (also as the downloaded bundle), and the node wrote
/// nothing under its working folder.
/// </summary>
public sealed class ServeKillTests(ITestOutputHelper output) : IDisposable
{
    // Twenty kills: four nodes a round, started together (a node's start is most of a round's time).
    private const int Rounds = 5;
    private const int NodesPerRound = 4;
    private const int ClientsPerNode = 2;
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
        var acknowledged = new List<EvidenceBatch>();
        var interrupted = 0;
        string? token = null;
        string? uscc = null;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            var started = clock.Elapsed;
            var nodes = new List<ServeProcess>();
            try
            {
                // The first node of the first round seeds the demo data; the others start together on what is there.
                if (round == 0)
                {
                    nodes.Add(await ServeProcess.StartAsync(database, _workingFolder, demo: true, _keyFile));
                }

                nodes.AddRange(await Task.WhenAll(Enumerable.Range(nodes.Count, NodesPerRound - nodes.Count)
                    .Select(_ => ServeProcess.StartAsync(database, _workingFolder, demo: false, _keyFile))));
                output.WriteLine($"round {round}: {nodes.Count} nodes up in {(clock.Elapsed - started).TotalSeconds:F1} s");
                if (token is null)
                {
                    var cookie = await SessionNode.SignInAsync(nodes[0].Address, DemoAccounts.EnterpriseA);
                    (_, token) = await SessionNode.NewTokenAsync(nodes[0].Address, cookie);
                    using var me = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = nodes[0].Address };
                    me.DefaultRequestHeaders.Add("Cookie", SessionNode.CookieName + "=" + cookie);
                    uscc = (string)JsonNode.Parse(await me.GetStringAsync("api/processors"))!.AsArray()[0]!["uscc"]!;
                }
                else if (round == Rounds - 1)
                {
                    // After the kills so far, a restarted node serves the ledger as a bundle that the ledger verb verifies.
                    var cookie = await SessionNode.SignInAsync(nodes[0].Address, DemoAccounts.EnterpriseA);
                    using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = nodes[0].Address };
                    http.DefaultRequestHeaders.Add("Cookie", SessionNode.CookieName + "=" + cookie);
                    await LedgerBundles.DownloadAndVerifyAsync(http, TimeProvider.System);
                }

                // Each node has its own clients and is killed at its own moment, a while after its first receipt.
                var delays = nodes.Select(_ => random.Next(100, 1500)).ToList();
                var outcomes = await Task.WhenAll(nodes.Select((node, n) => IngestUntilKilledAsync(node, $"r{round}n{n}", token, uscc!, delays[n])));
                foreach (var (results, inFlight) in outcomes)
                {
                    acknowledged.AddRange(results);
                    interrupted += inFlight > 0 ? 1 : 0;
                }

                output.WriteLine($"seed {seed} round {round}: killed after {string.Join("/", delays)} ms with {string.Join("/", outcomes.Select(o => o.InFlight))} requests in flight; {acknowledged.Count} batches acknowledged so far");
            }
            finally
            {
                nodes.ForEach(n => n.Dispose());
            }

            EvidenceBatches.AssertLedgerSound(database, uscc!, acknowledged, EventsPerBatch, $"seed {seed} round {round}");
        }

        output.WriteLine($"{Rounds * NodesPerRound} kills in {clock.Elapsed.TotalSeconds:F1} s, {interrupted} with requests in flight");

        // Clients send without pause, so a kill that finds no request in flight is rare.
        Assert.True(interrupted >= Rounds * NodesPerRound / 2, $"seed {seed}: only {interrupted} of {Rounds * NodesPerRound} kills landed while a request was in flight");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workingFolder, "*", SearchOption.AllDirectories));
    }

    /// <summary>Clients send batches to <paramref name="node"/> without pause; the node is killed <paramref name="delay"/> ms after its first receipt.</summary>
    private static async Task<(List<EvidenceBatch> Results, int InFlight)> IngestUntilKilledAsync(ServeProcess node, string name, string token, string uscc, int delay)
    {
        using var stop = new CancellationTokenSource();
        var firstAck = new TaskCompletionSource();
        var clients = Enumerable.Range(0, ClientsPerNode).Select(c => Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var results = new List<EvidenceBatch>();
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = $"{name}c{c}b{n}";
                try
                {
                    using var response = await http.PostAsJsonAsync("api/evidence", EvidenceBatches.Events(uscc, id, EventsPerBatch));
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    results.Add(EvidenceBatches.Acknowledged(id, await response.Content.ReadAsStringAsync()));
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
        await Task.Delay(delay);
        node.Kill();
        await stop.CancelAsync();
        var outcomes = await Task.WhenAll(clients);
        return ([.. outcomes.SelectMany(o => o.results)], outcomes.Sum(o => o.InFlight));
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_workingFolder, recursive: true);
        File.Delete(_keyFile);
    }
}
