using System.Globalization;
using BenchmarkDotNet.Attributes;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Microsoft.Data.Sqlite;

namespace Chujing.Benchmarks.Ledger;

/// <summary>
/// Durable batched append on SQLite (WAL, synchronous=FULL) beside a raw SQLite insert of the same rows with the same
/// batch size and the same durability settings. One operation appends <see cref="Leaves"/> leaves in batches of
/// <see cref="BatchSize"/>; leaves/s = Leaves / mean time.
/// </summary>
[MemoryDiagnoser]
public class LedgerAppendBenchmarks
{
    public const int Leaves = 100_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-bench-").FullName;
    private string[] _lines = [];
    private ExportEvent[] _events = [];
    private string[] _leaves = [];
    private byte[][] _hashes = [];
    private LedgerKeyPair _key = null!;
    private string _path = string.Empty;
    private int _run;

    [Params(10_000)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _lines = [.. Enumerable.Range(0, Leaves).Select(Line)];
        _events = [.. _lines.Select(l => ExportEvent.Parse(l).Value)];
        _leaves = [.. _events.Select(e => e.CanonicalJson)];
        var hasher = new Chujing.Domain.Evidence.Merkle.MerkleHasher(Chujing.Domain.Evidence.Merkle.Sha256HashAlgorithm.Instance);
        _hashes = [.. _leaves.Select(l => hasher.HashLeaf(System.Text.Encoding.UTF8.GetBytes(l)))];
        _key = LedgerSuites.Sha256Ed25519.GenerateKeyPair();
    }

    [IterationSetup]
    public void NewFile() => _path = Path.Combine(_folder, (_run++).ToString(CultureInfo.InvariantCulture) + ".db");

    /// <summary>Baseline: the same (index, hash, text) rows, prepared insert, one transaction per batch, WAL + synchronous=FULL.</summary>
    [Benchmark(Baseline = true)]
    public void RawSqliteInsert()
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE leaves (idx INTEGER PRIMARY KEY, hash BLOB NOT NULL, body TEXT NOT NULL);";
            pragma.ExecuteNonQuery();
        }

        for (var start = 0; start < Leaves; start += BatchSize)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO leaves (idx, hash, body) VALUES ($i, $h, $b)";
            var i = insert.Parameters.Add("$i", SqliteType.Integer);
            var h = insert.Parameters.Add("$h", SqliteType.Blob);
            var b = insert.Parameters.Add("$b", SqliteType.Text);
            insert.Prepare();
            for (var k = start; k < Math.Min(Leaves, start + BatchSize); k++)
            {
                i.Value = k;
                h.Value = _hashes[k];
                b.Value = _leaves[k];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>The ledger: leaf hashing, perfect nodes, a signed tree head and one durable transaction per batch.</summary>
    [Benchmark]
    public void LedgerAppend()
    {
        using var ledger = EvidenceLedger.Create(SqliteLedgerStore.Open(_path, create: true), LedgerSuites.Sha256Ed25519, _key, TimeProvider.System);
        for (var start = 0; start < Leaves; start += BatchSize)
        {
            ledger.Append(new ArraySegment<ExportEvent>(_events, start, Math.Min(BatchSize, Leaves - start)), _key, TimeProvider.System);
        }
    }

    /// <summary>What <c>chujing ledger append</c> does per batch after reading lines: validate, canonicalise, then append.</summary>
    [Benchmark]
    public void LedgerAppendFromJsonLines()
    {
        using var ledger = EvidenceLedger.Create(SqliteLedgerStore.Open(_path, create: true), LedgerSuites.Sha256Ed25519, _key, TimeProvider.System);
        for (var start = 0; start < Leaves; start += BatchSize)
        {
            var count = Math.Min(BatchSize, Leaves - start);
            var batch = new ExportEvent[count];
            Parallel.For(0, count, k => batch[k] = ExportEvent.Parse(_lines[start + k]).ValueOrThrow());
            ledger.Append(batch, _key, TimeProvider.System);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    internal static string Line(int i) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"processor":"91110000MA01ABCD1M","filing":"F-2026-0001","time":"2026-11-27T08:00:00Z","recipient":"Example GmbH","country":"DE","scenario":"cross-border-hr","fields":["name","mobile"],"persons":{{i % 500}},"personKeys":["hmac-sha256:{{i:x64}}"],"digest":"sha256:{{i:x64}}"}""");
}
