using System.Numerics;

namespace Chujing.Domain.Evidence.Merkle;

/// <summary>
/// A perfect subtree of the log: <c>2^Level</c> leaves starting at leaf <c>Index · 2^Level</c>. Level 0 is a leaf.
/// Every stored or fetched hash is the hash of such a node; any other range is folded from them.
/// </summary>
/// <param name="Level">Height above the leaves, 0..62.</param>
/// <param name="Index">Position among the nodes of that level, from 0.</param>
public readonly record struct MerkleNode(int Level, long Index)
{
    /// <summary>The first leaf covered.</summary>
    public long Start => Index << Level;

    /// <summary>One past the last leaf covered.</summary>
    public long End => (Index + 1) << Level;

    /// <summary>The parent node.</summary>
    public MerkleNode Parent => new(Level + 1, Index >> 1);

    /// <summary>
    /// The perfect nodes whose concatenation is the leaf range [start, end), largest first, in leaf order.
    /// For the ranges of RFC 9162 proofs (and any prefix [0, n)) the tree hash of the range is the right fold
    /// <c>HASH(n0, HASH(n1, … nk))</c> of these nodes.
    /// </summary>
    public static IReadOnlyList<MerkleNode> Decompose(long start, long end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        var nodes = new List<MerkleNode>();
        while (start < end)
        {
            // The largest aligned power of two that fits.
            var level = start == 0 ? 62 : BitOperations.TrailingZeroCount(start);
            while (level > 0 && start + (1L << level) > end)
            {
                level--;
            }

            nodes.Add(new MerkleNode(level, start >> level));
            start += 1L << level;
        }

        return nodes;
    }
}
