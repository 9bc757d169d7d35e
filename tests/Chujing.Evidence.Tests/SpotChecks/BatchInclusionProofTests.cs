using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using FsCheck;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Chujing.Evidence.Tests.SpotChecks;

/// <summary>
/// The proofs a spot check reads in one batch (each stored node once) are byte for byte the single proofs, and both
/// are the RFC 9162 proofs folded from the leaves themselves, at any tree size up to the ledger's and any leaves.
/// </summary>
public sealed class BatchInclusionProofTests : IClassFixture<BatchInclusionProofTests.Ledger>
{
    private readonly Ledger _ledger;

    public BatchInclusionProofTests(Ledger ledger) => _ledger = ledger;

    [Property(MaxTest = 100)]
    public bool ProveInclusions_AnyLeavesAtAnySize_AreTheSingleAndReferenceProofs(PositiveInt sizeSeed, NonNegativeInt[] indexSeeds)
    {
        var log = _ledger.Log;
        var size = (sizeSeed.Get % log.Head.Size) + 1;
        var indexes = indexSeeds.Take(30).Select(i => (long)(i.Get % size)).ToList();
        var batch = log.ProveInclusions(indexes, size);
        return batch.Count == indexes.Count && indexes.Select((index, i) => (index, i)).All(p =>
        {
            var single = log.ProveInclusion(p.index, size);
            var reference = MerkleProofs.Inclusion(log.Hasher, p.index, size, nodes => [.. nodes.Select(n => MerkleTree.SubtreeHash(log.Hasher, _ledger.LeafHashes, (int)n.Start, (int)n.End))]);
            return Same(batch[p.i], single) && Same(single, reference);
        });
    }

    [Fact]
    public void ProveInclusions_LeafOutsideTheTree_NamesTheLeaf()
    {
        var error = Assert.Throws<InvalidInputException>(() => _ledger.Log.ProveInclusions([0, 5000], 3000));
        Assert.Contains("leaf 5000", error.Message, StringComparison.Ordinal);
    }

    private static bool Same(IReadOnlyList<byte[]> a, IReadOnlyList<byte[]> b) =>
        a.Count == b.Count && a.Zip(b).All(h => h.First.AsSpan().SequenceEqual(h.Second));

    /// <summary>One SQLite ledger of 3,000 leaves (stored nodes at levels 4 and 8 too), built once for the class.</summary>
    public sealed class Ledger : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("chujing-batch-proofs-").FullName;

        public Ledger()
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero));
            var suite = LedgerSuites.Sha256Ed25519;
            var pair = suite.GenerateKeyPair();
            var uscc = "91110115MA01D8XK3" + Chujing.Domain.Identifiers.Uscc.CheckCharacter("91110115MA01D8XK3");
            Log = EvidenceLedger.Create(LedgerStores.Open(Path.Combine(_directory, "batch.ledger"), create: true), suite, pair, time);
            for (var start = 0; start < 3000; start += 1000)
            {
                Log.Append([.. Enumerable.Range(start, 1000).Select(i => ExportEvent.Parse($$"""{"processor":"{{uscc}}","filing":"F-2026-0001","time":"2026-05-01T08:00:00Z","recipient":"R{{i}}","country":"CH","persons":1}""").Value)], pair, time);
            }

            LeafHashes = [.. Log.Store.ReadLeaves(0, 3000).Select(l => Log.Hasher.HashLeafText(l.Text))];
        }

        public EvidenceLedger Log { get; }

        public IReadOnlyList<byte[]> LeafHashes { get; }

        public void Dispose()
        {
            Log.Dispose();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
