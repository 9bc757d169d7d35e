using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence.Merkle;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence;

public sealed partial class EvidenceLedger
{
    /// <summary>The RFC 9162 inclusion proof of leaf <paramref name="index"/> in the tree of <paramref name="size"/> leaves.</summary>
    public IReadOnlyList<byte[]> ProveInclusion(long index, long size)
    {
        CheckSize(size, "--size");
        if (index < 0 || index >= size)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "--leaf", $"leaf {index} is not in a tree of {size} leaves"));
        }

        return MerkleProofs.Inclusion(Hasher, index, size, NodeHashes);
    }

    /// <summary>
    /// The RFC 9162 inclusion proofs of several leaves in the tree of <paramref name="size"/> leaves, each identical to
    /// <see cref="ProveInclusion"/>'s, reading every stored node they share once (a spot check's sampled leaves).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<byte[]>> ProveInclusions(IReadOnlyList<long> indexes, long size)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        CheckSize(size, "--size");
        foreach (var index in indexes)
        {
            if (index < 0 || index >= size)
            {
                throw new InvalidInputException(Diagnostic.ForField(null, "--leaf", $"leaf {index} is not in a tree of {size} leaves"));
            }
        }

        return MerkleProofs.Inclusions(Hasher, indexes, size, NodeHashes);
    }

    /// <summary>The RFC 9162 consistency proof from <paramref name="oldSize"/> to <paramref name="size"/> leaves.</summary>
    public IReadOnlyList<byte[]> ProveConsistency(long oldSize, long size)
    {
        CheckSize(size, "--size");
        if (oldSize < 0 || oldSize > size)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "--old-size", $"old size {oldSize} is not between 0 and {size}"));
        }

        return MerkleProofs.Consistency(Hasher, oldSize, size, NodeHashes);
    }

    /// <summary>MTH of the first <paramref name="size"/> leaves, from stored nodes.</summary>
    public byte[] RootHash(long size)
    {
        CheckSize(size, "--size");
        return MerkleProofs.RootHash(Hasher, size, NodeHashes);
    }

    /// <summary>The leaf hash of leaf <paramref name="index"/> as stored.</summary>
    public byte[] LeafHash(long index) => NodeHashes([new MerkleNode(0, index)])[0];

    /// <summary>
    /// The hashes of perfect nodes from the store: a node at a stored level is read; any other is computed from the
    /// at most 2^(stride-1) stored nodes below it. The stored nodes of all requested nodes are read together: each
    /// node's rows widened to the aligned block of 2^stride rows that also holds its proof neighbours, nearby blocks
    /// merged into one range, each range read once.
    /// </summary>
    public IReadOnlyList<byte[]> NodeHashes(IReadOnlyList<MerkleNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var stride = Metadata.NodeStride;
        var rows = ReadBlocks(nodes, stride);
        var result = new byte[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var baseLevel = node.Level - (node.Level % stride);
            var span = node.Level - baseLevel;
            var from = node.Index << span;
            var to = (node.Index + 1) << span;
            var stored = rows[baseLevel];
            var level = new List<byte[]>((int)(to - from));
            for (var k = from; k < to; k++)
            {
                if (!stored.TryGetValue(k, out var hash))
                {
                    var name = baseLevel == 0 ? $"leaf {k}" : $"node at level {baseLevel} index {k}";
                    throw new EnvironmentFailureException($"{_store.Name}: {name} is missing from the store or misplaced; run 'chujing ledger verify'");
                }

                level.Add(hash);
            }

            while (level.Count > 1)
            {
                var up = new List<byte[]>(level.Count / 2);
                for (var j = 0; j < level.Count; j += 2)
                {
                    up.Add(Hasher.HashChildren(level[j], level[j + 1]));
                }

                level = up;
            }

            result[i] = level[0];
        }

        return result;
    }

    // The stored rows under the requested nodes, per stored level, reading each merged range of blocks once.
    private Dictionary<int, Dictionary<long, byte[]>> ReadBlocks(IReadOnlyList<MerkleNode> nodes, int stride)
    {
        const long Gap = 64;
        var block = 1L << stride;
        var blocks = new Dictionary<int, SortedSet<long>>();
        foreach (var node in nodes)
        {
            var baseLevel = node.Level - (node.Level % stride);
            var span = node.Level - baseLevel;
            if (!blocks.TryGetValue(baseLevel, out var starts))
            {
                starts = [];
                blocks[baseLevel] = starts;
            }

            for (var b = (node.Index << span) / block; b <= (((node.Index + 1) << span) - 1) / block; b++)
            {
                starts.Add(b);
            }
        }

        var rows = new Dictionary<int, Dictionary<long, byte[]>>();
        foreach (var (level, starts) in blocks)
        {
            var stored = new Dictionary<long, byte[]>();
            rows[level] = stored;
            long? from = null;
            long to = 0;
            foreach (var b in starts)
            {
                if (from is not null && b * block > to + Gap)
                {
                    Read(level, from.Value, to, stored);
                    from = null;
                }

                from ??= b * block;
                to = (b + 1) * block;
            }

            if (from is not null)
            {
                Read(level, from.Value, to, stored);
            }
        }

        return rows;
    }

    private void Read(int level, long from, long to, Dictionary<long, byte[]> into)
    {
        foreach (var row in _store.ReadNodes(level, from, to))
        {
            into[row.Index] = row.Hash;
        }
    }

    private void CheckSize(long size, string option)
    {
        if (size < 0 || size > _head.Size)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, option, $"size {size} is beyond the latest signed tree head ({_head.Size} leaves)"));
        }
    }
}
