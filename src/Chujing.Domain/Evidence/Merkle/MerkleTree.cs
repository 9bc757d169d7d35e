namespace Chujing.Domain.Evidence.Merkle;

/// <summary>
/// The Merkle Tree Hash of RFC 9162 §2.1.1 by its recursive definition. This is the reference that the fast
/// paths (<see cref="MerkleFrontier"/>, the stores' stored nodes) are tested against; it is O(n) in time.
/// </summary>
public static class MerkleTree
{
    /// <summary>MTH(D[n]) of the leaves whose leaf hashes are given.</summary>
    public static byte[] RootHash(MerkleHasher hasher, IReadOnlyList<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(leafHashes);
        return leafHashes.Count == 0 ? hasher.EmptyRootHash() : SubtreeHash(hasher, leafHashes, 0, leafHashes.Count);
    }

    /// <summary>MTH(D[start:end]) for a non-empty range, by the recursive definition.</summary>
    public static byte[] SubtreeHash(MerkleHasher hasher, IReadOnlyList<byte[]> leafHashes, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(leafHashes);
        var n = end - start;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (n == 1)
        {
            return leafHashes[start];
        }

        var k = (int)MerkleMath.LargestPowerOfTwoBelow(n);
        return hasher.HashChildren(SubtreeHash(hasher, leafHashes, start, start + k), SubtreeHash(hasher, leafHashes, start + k, end));
    }

    /// <summary>
    /// The tree hash of the leaf range [start, end) from the hashes of its perfect nodes
    /// (<see cref="MerkleNode.Decompose"/>), folded right to left.
    /// </summary>
    public static byte[] FoldRange(MerkleHasher hasher, IReadOnlyList<byte[]> perfectNodeHashes)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(perfectNodeHashes);
        if (perfectNodeHashes.Count == 0)
        {
            return hasher.EmptyRootHash();
        }

        var acc = perfectNodeHashes[^1];
        for (var i = perfectNodeHashes.Count - 2; i >= 0; i--)
        {
            acc = hasher.HashChildren(perfectNodeHashes[i], acc);
        }

        return acc;
    }
}
