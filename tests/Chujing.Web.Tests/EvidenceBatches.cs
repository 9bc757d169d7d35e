using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Verification;
using Npgsql;

namespace Chujing.Web.Tests;

/// <summary>
/// Named evidence batches for the fault tests (kill a node, kill the database): every event of a batch carries the
/// batch's name, so that the ledger can be read back and checked against the receipts the clients were given.
/// </summary>
internal static partial class EvidenceBatches
{
    /// <summary>The body of <c>POST /api/evidence</c>: <paramref name="count"/> events of <paramref name="uscc"/>, each naming batch <paramref name="batch"/>.</summary>
    public static object[] Events(string uscc, string batch, int count) =>
        [.. Enumerable.Range(0, count).Select(i => (object)new
        {
            processor = uscc,
            time = "2026-05-07T08:00:00Z",
            recipient = "Batch " + batch,
            country = "CH",
            persons = 1,
            personKeys = new[] { "hmac-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(batch + "/" + i))) },
        })];

    /// <summary>The batch a receipt acknowledged.</summary>
    public static EvidenceBatch Acknowledged(string batch, string receiptJson)
    {
        var receipt = JsonNode.Parse(receiptJson)!;
        return new EvidenceBatch(batch, [.. receipt["leafIndexes"]!.AsArray().Select(i => (long)i!)], (long)receipt["treeHead"]!["size"]!);
    }

    /// <summary>
    /// The processor's ledger in <paramref name="database"/> verifies; every acknowledged event is at the leaf its
    /// receipt named; every batch is there whole (all its events, one after the other, under one head) or not at all;
    /// the index holds exactly the ledger's leaves; no signing key is stored in the clear.
    /// </summary>
    public static void AssertLedgerSound(string database, string uscc, IReadOnlyCollection<EvidenceBatch> acknowledged, int eventsPerBatch, string context)
    {
        using var logs = PostgresLedgerLogs.Open(database);
        using var ledger = EvidenceLedger.Open(logs.Store(uscc));
        var verification = LedgerStoreVerification.Verify(ledger);
        Assert.True(verification.IsValid, $"{context}: {verification}");
        Assert.Equal(ledger.Head.Size, verification.Leaves);

        var leaves = ledger.Store.ReadLeaves(0, (int)ledger.Head.Size);
        var batchOf = leaves.Select(l => BatchId().Match(l.Text) is { Success: true } m ? m.Groups[1].Value : string.Empty).ToList();
        foreach (var batch in acknowledged)
        {
            Assert.All(batch.LeafIndexes, i => Assert.True(i < batchOf.Count && batchOf[(int)i] == batch.Id, $"{context}: acknowledged batch {batch.Id} is not at leaf {i} (ledger size {batchOf.Count})"));
        }

        var heads = ledger.Store.TreeHeads().Select(h => h.Size).ToHashSet();
        foreach (var group in batchOf.Select((id, index) => (id, index)).Where(x => x.id.Length > 0).GroupBy(x => x.id))
        {
            var indexes = group.Select(x => (long)x.index).ToList();
            Assert.True(indexes.Count == eventsPerBatch, $"{context}: batch {group.Key} has {indexes.Count} of {eventsPerBatch} events in the ledger");
            Assert.Equal(indexes[0] + eventsPerBatch - 1, indexes[^1]);
            Assert.Contains(indexes[^1] + 1, heads);
        }

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

        // The nodes were given a key-encryption key: no signing key is in the database in the clear.
        using var keys = new NpgsqlCommand("SELECT count(*) FROM ledgers.signing_keys WHERE protection NOT LIKE 'aes-256-gcm:%'", connection);
        Assert.Equal(0L, (long)keys.ExecuteScalar()!);
    }

    [GeneratedRegex("\"recipient\":\"Batch ([a-z0-9]+)\"")]
    private static partial Regex BatchId();
}
