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
    /// at most 2^(stride-1) stored nodes below it.
    /// </summary>
    public IReadOnlyList<byte[]> NodeHashes(IReadOnlyList<MerkleNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var stride = Metadata.NodeStride;
        var result = new byte[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var baseLevel = node.Level - (node.Level % stride);
            var span = node.Level - baseLevel;
            var from = node.Index << span;
            var to = (node.Index + 1) << span;
            var stored = _store.ReadNodes(baseLevel, from, to);
            if (stored.Count != to - from)
            {
                var missing = from + stored.TakeWhile((n, k) => n.Index == from + k).Count();
                var name = baseLevel == 0 ? $"leaf {missing}" : $"node at level {baseLevel} index {missing}";
                throw new EnvironmentFailureException($"{_store.Name}: {name} is missing from the store or misplaced; run 'chujing ledger verify'");
            }

            var level = new List<byte[]>(stored.Count);
            level.AddRange(stored.Select(s => s.Hash));
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

    private void CheckSize(long size, string option)
    {
        if (size < 0 || size > _head.Size)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, option, $"size {size} is beyond the latest signed tree head ({_head.Size} leaves)"));
        }
    }
}
