using Chujing.Domain.Evidence;
using Chujing.Evidence.Bundles;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Chujing.Evidence.Verification;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Chujing.Evidence.Tests.Storage;

/// <summary>
/// Many logs in one database: each log is its own tree; writers with their own connection pools (as separate nodes
/// have) append to one log concurrently without forking it; the tables refuse changes; a log's key is its own.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLedgerLogsTests(PostgresFixture fixture)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TwoLogs_SameDatabase_EachVerifiesAndHoldsOnlyItsOwnLeaves()
    {
        using var logs = PostgresLedgerLogs.Open(fixture.Server.CreateDatabase("logs"));
        var (a, keyA) = logs.OpenOrCreate("A", LedgerSuites.Sha256Ed25519, _time);
        var (b, keyB) = logs.OpenOrCreate("B", LedgerSuites.Sha256Ed25519, _time);
        a.Append(TestEvents.Events(0, 40), keyA, _time);
        b.Append(TestEvents.Events(100, 7), keyB, _time);
        a.Append(TestEvents.Events(40, 3), keyA, _time);
        Assert.Equal(43, a.Head.Size);
        Assert.Equal(7, b.Head.Size);
        Assert.False(keyA.PublicKey.AsSpan().SequenceEqual(keyB.PublicKey));
        AssertValid(LedgerStoreVerification.Verify(a));
        AssertValid(LedgerStoreVerification.Verify(b));
        Assert.Equal(7, b.Store.CountLeaves());

        // Opened again (as after a restart), the same key and head come back.
        var (again, keyAgain) = logs.OpenOrCreate("A", LedgerSuites.Sha256Ed25519, _time);
        Assert.Equal(keyA.PrivateKey, keyAgain.PrivateKey);
        Assert.Equal(a.Head.RootHash, again.Head.RootHash);
    }

    [Fact]
    public async Task ConcurrentWriters_OneLog_NoForkNoReusedIndexAndTheBundleVerifies()
    {
        var database = fixture.Server.CreateDatabase("logs");
        using var first = PostgresLedgerLogs.Open(database);
        using var second = PostgresLedgerLogs.Open(database);
        const int writers = 8;
        const int batches = 6;
        const int perBatch = 5;
        var heads = new List<TreeHead>();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() =>
        {
            // Each writer is its own EvidenceLedger, as each node has its own; half of them on each pool.
            var (ledger, key) = (w % 2 == 0 ? first : second).OpenOrCreate("shared", LedgerSuites.Sha256Ed25519, _time);
            for (var i = 0; i < batches; i++)
            {
                var head = ledger.Append(TestEvents.Events(((w * batches) + i) * perBatch, perBatch), key, _time);
                lock (heads)
                {
                    heads.Add(head);
                }
            }
        })));

        // Every batch got its own range of leaf indexes: the heads' sizes are distinct multiples of the batch size.
        Assert.Equal(writers * batches, heads.Select(h => h.Size).Distinct().Count());
        Assert.All(heads, h => Assert.Equal(0, h.Size % perBatch));
        var (reader, _) = first.OpenOrCreate("shared", LedgerSuites.Sha256Ed25519, _time);
        Assert.Equal(writers * batches * perBatch, reader.Head.Size);
        Assert.Equal(reader.Head.Size, reader.Store.CountLeaves());
        AssertValid(LedgerStoreVerification.Verify(reader));
        using var bundle = new MemoryStream();
        LedgerBundle.Export(reader, bundle);
        bundle.Position = 0;
        AssertValid(LedgerBundle.Verify(bundle, reader.Metadata.PublicKey));
    }

    [Theory]
    [InlineData("UPDATE ledgers.leaves SET body = 'x'")]
    [InlineData("DELETE FROM ledgers.tree_heads")]
    [InlineData("TRUNCATE ledgers.nodes")]
    [InlineData("UPDATE ledgers.signing_keys SET private_key = ''")]
    [InlineData("DELETE FROM ledgers.logs")]
    public void Tables_RefuseChanges(string sql)
    {
        var database = fixture.Server.CreateDatabase("logs");
        using (var logs = PostgresLedgerLogs.Open(database))
        {
            var (ledger, key) = logs.OpenOrCreate("A", LedgerSuites.Sha256Ed25519, _time);
            ledger.Append(TestEvents.Events(0, 20), key, _time);
        }

        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        var refused = Assert.Throws<PostgresException>(() => command.ExecuteNonQuery());
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
    }

    private static void AssertValid(LedgerVerification verification) => Assert.True(verification.IsValid, verification.ToString());
}
