using System.Globalization;
using BenchmarkDotNet.Attributes;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Microsoft.Data.Sqlite;

namespace Chujing.Benchmarks.Ledger;

/// <summary>
/// Proofs from a 10^6-leaf SQLite ledger: time to build an inclusion or consistency proof from stored nodes, and
/// (printed once by the setup) the proof sizes over 1,000 random leaves and old sizes.
/// </summary>
public class LedgerProofBenchmarks
{
    private const int Size = 1_000_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-bench-proof-").FullName;
    private EvidenceLedger _ledger = null!;
    private long[] _probes = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var key = LedgerSuites.Sha256Ed25519.GenerateKeyPair();
        _ledger = EvidenceLedger.Create(SqliteLedgerStore.Open(Path.Combine(_folder, "proofs.db"), create: true), LedgerSuites.Sha256Ed25519, key, TimeProvider.System);
        for (var start = 0; start < Size; start += 10_000)
        {
            _ledger.Append([.. Enumerable.Range(start, 10_000).Select(i => ExportEvent.Parse(LedgerAppendBenchmarks.Line(i)).Value)], key, TimeProvider.System);
        }

        var random = new Random(6962);
        _probes = [.. Enumerable.Range(0, 1000).Select(_ => random.NextInt64(1, Size))];
        var inclusion = _probes.Select(p => _ledger.ProveInclusion(p, Size).Count).ToList();
        var consistency = _probes.Select(p => _ledger.ProveConsistency(p, Size).Count).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// proof sizes at {Size} leaves (hashes of 32 bytes): inclusion min {inclusion.Min()} mean {inclusion.Average():F1} max {inclusion.Max()}; consistency min {consistency.Min()} mean {consistency.Average():F1} max {consistency.Max()}"));
    }

    [Benchmark]
    public int InclusionProof() => _ledger.ProveInclusion(_probes[_next++ % _probes.Length], Size).Count;

    [Benchmark]
    public int ConsistencyProof() => _ledger.ProveConsistency(_probes[_next++ % _probes.Length], Size).Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
