using System.Data.Common;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence;

/// <summary>
/// An open evidence log: appends batches of export events under a signed tree head each, and answers tree heads,
/// proofs and roots from the stored perfect nodes in O(log n). Not thread-safe; one writer per log at a time
/// (a second concurrent writer is detected and refused at commit).
/// </summary>
public sealed partial class EvidenceLedger : IDisposable
{
    private readonly ILedgerStore _store;
    private MerkleFrontier? _frontier;
    private TreeHead _head;

    private EvidenceLedger(ILedgerStore store, LedgerMetadata metadata, ILedgerSuite suite)
    {
        _store = store;
        Metadata = metadata;
        Suite = suite;
        Hasher = new MerkleHasher(suite.Hash);
        _head = store.LatestHead();
    }

    /// <summary>The log's metadata.</summary>
    public LedgerMetadata Metadata { get; }

    /// <summary>The log's suite.</summary>
    public ILedgerSuite Suite { get; }

    /// <summary>The Merkle hasher of the suite.</summary>
    public MerkleHasher Hasher { get; }

    /// <summary>The store (for verification and export).</summary>
    public ILedgerStore Store => _store;

    // Loaded on the first append only, so that a damaged store still opens for verify, head, prove and export.
    private MerkleFrontier Frontier => _frontier ??= LoadFrontier();

    /// <summary>The latest signed tree head.</summary>
    public TreeHead Head => _head;

    /// <summary>Creates a log in <paramref name="store"/> with <paramref name="key"/> and signs its empty tree head.</summary>
    public static EvidenceLedger Create(ILedgerStore store, ILedgerSuite suite, LedgerKeyPair key, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var metadata = new LedgerMetadata(LedgerMetadata.CurrentFormat, suite.Id, key.PublicKey, LedgerMetadata.DefaultNodeStride, TreeHead.FormatTimestamp(now));
        var hasher = new MerkleHasher(suite.Hash);
        store.Create(metadata, Sign(suite, key, 0, hasher.EmptyRootHash(), now));
        return new EvidenceLedger(store, metadata, suite);
    }

    /// <summary>Opens the log in <paramref name="store"/>.</summary>
    public static EvidenceLedger Open(ILedgerStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var metadata = store.ReadMetadata();
        if (!string.Equals(metadata.Format, LedgerMetadata.CurrentFormat, StringComparison.Ordinal) || metadata.NodeStride is < 1 or > 16)
        {
            throw new InvalidInputException(new Diagnostic(store.Name, 0, 0, null, $"unsupported ledger format '{metadata.Format}' (stride {metadata.NodeStride})"));
        }

        return new EvidenceLedger(store, metadata, LedgerSuites.Get(metadata.Suite));
    }

    /// <summary>
    /// Appends <paramref name="events"/> (validated, see <see cref="ExportEvent.Parse(string, string?, int, ExportEventPolicy?)"/>) as one batch under a new
    /// signed tree head and returns it once the batch is durably stored; the first event becomes leaf
    /// <c>Head.Size</c> as the store had it when the batch went in. When the store refuses, nothing of the batch is
    /// kept. On a store that sequences many writers (<see cref="ISequencedLedgerStore"/>) the batch is built and signed
    /// under the log's lock on the head the store holds, and joins <paramref name="transaction"/> when one is given.
    /// </summary>
    public TreeHead Append(IReadOnlyList<ExportEvent> events, LedgerKeyPair key, TimeProvider time, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        var leaves = new string[events.Count];
        for (var i = 0; i < leaves.Length; i++)
        {
            leaves[i] = events[i].CanonicalJson;
        }

        if (leaves.Length == 0)
        {
            return _head;
        }

        var hashes = new byte[leaves.Length][];
        Parallel.For(0, leaves.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(4, Environment.ProcessorCount) }, i =>
            hashes[i] = Hasher.HashLeafText(leaves[i]));
        try
        {
            if (_store is ISequencedLedgerStore sequenced)
            {
                return sequenced.Append(stored => Build(stored, leaves, hashes, key, time), transaction);
            }

            var batch = Build(_head, leaves, hashes, key, time);
            _store.Append(batch);
            return batch.Head;
        }
        catch
        {
            // The frontier has moved past what is stored; rebuild it from the store. A sequenced store is read again
            // under its lock by the next append anyway (and may be the very thing that failed).
            _frontier = null;
            if (_store is not ISequencedLedgerStore)
            {
                _head = _store.LatestHead();
            }

            throw;
        }
    }

    /// <summary>
    /// Reads the latest tree head again, for a log that other writers append to; the frontier is rebuilt on the next
    /// append when the head moved (or when a batch of this writer was rolled back with its caller's transaction).
    /// </summary>
    public TreeHead Refresh()
    {
        Adopt(_store.LatestHead());
        return _head;
    }

    private void Adopt(TreeHead stored)
    {
        if (stored.Size != _head.Size || !stored.RootHash.AsSpan().SequenceEqual(_head.RootHash))
        {
            _head = stored;
            _frontier = null;
        }
    }

    // The batch on top of the stored head: the completed nodes at stored levels and the signed head over them all.
    private LedgerBatch Build(TreeHead stored, string[] leaves, byte[][] hashes, LedgerKeyPair key, TimeProvider time)
    {
        Adopt(stored);
        var frontier = Frontier;
        var start = frontier.Size;
        var nodes = new List<(MerkleNode, byte[])>();
        var stride = Metadata.NodeStride;
        foreach (var hash in hashes)
        {
            frontier.Append(hash, (node, value) =>
            {
                if (node.Level % stride == 0)
                {
                    nodes.Add((node, value));
                }
            });
        }

        var now = time.GetUtcNow();
        var head = Sign(Suite, key, frontier.Size, frontier.RootHash(), now < _head.Timestamp ? _head.Timestamp : now);
        _head = head;
        return new LedgerBatch(start, leaves, hashes, nodes, head);
    }

    private static TreeHead Sign(ILedgerSuite suite, LedgerKeyPair key, long size, byte[] root, DateTimeOffset now)
    {
        var timestamp = TreeHead.FormatTimestamp(now);
        var signature = suite.Sign(key.PrivateKey, TreeHead.SignedText(suite.Id, size, root, timestamp));
        return new TreeHead(size, root, DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture), signature);
    }

    private MerkleFrontier LoadFrontier()
    {
        var size = _head.Size;
        return new MerkleFrontier(Hasher, size, NodeHashes(MerkleNode.Decompose(0, size)));
    }

    public void Dispose() => _store.Dispose();
}
