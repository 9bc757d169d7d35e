namespace Chujing.Domain.Evidence.Merkle;

/// <summary>
/// RFC 9162 §2.1.3 and §2.1.4 proof generation. A proof is a list of subtree hashes MTH(D[a:b]); which ranges
/// those are depends only on the sizes, so the shape is computed here and the hashes are fetched through
/// the caller's <c>nodeHashes</c> function as perfect nodes (<see cref="MerkleNode"/>) — a store that keeps perfect nodes
/// answers a proof in O(log n) fetches.
/// </summary>
public static class MerkleProofs
{
    /// <summary>The leaf ranges whose hashes form the inclusion proof of leaf <paramref name="index"/> in a tree of <paramref name="size"/> leaves.</summary>
    public static IReadOnlyList<(long Start, long End)> InclusionRanges(long index, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var ranges = new List<(long, long)>();
        Path(index, 0, size, ranges);
        return ranges;
    }

    /// <summary>The leaf ranges whose hashes form the consistency proof from <paramref name="oldSize"/> to <paramref name="size"/>.</summary>
    public static IReadOnlyList<(long Start, long End)> ConsistencyRanges(long oldSize, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, size);
        var ranges = new List<(long, long)>();
        if (oldSize > 0 && oldSize < size)
        {
            SubProof(oldSize, 0, size, true, ranges);
        }

        return ranges;
    }

    /// <summary>The inclusion proof, fetching the perfect nodes it needs through <paramref name="nodeHashes"/>.</summary>
    public static IReadOnlyList<byte[]> Inclusion(MerkleHasher hasher, long index, long size, Func<IReadOnlyList<MerkleNode>, IReadOnlyList<byte[]>> nodeHashes) =>
        Hashes(hasher, InclusionRanges(index, size), nodeHashes);

    /// <summary>The consistency proof, fetching the perfect nodes it needs through <paramref name="nodeHashes"/>.</summary>
    public static IReadOnlyList<byte[]> Consistency(MerkleHasher hasher, long oldSize, long size, Func<IReadOnlyList<MerkleNode>, IReadOnlyList<byte[]>> nodeHashes) =>
        Hashes(hasher, ConsistencyRanges(oldSize, size), nodeHashes);

    /// <summary>MTH(D[0:size]) from perfect nodes fetched through <paramref name="nodeHashes"/>.</summary>
    public static byte[] RootHash(MerkleHasher hasher, long size, Func<IReadOnlyList<MerkleNode>, IReadOnlyList<byte[]>> nodeHashes)
    {
        ArgumentNullException.ThrowIfNull(nodeHashes);
        var nodes = MerkleNode.Decompose(0, size);
        return MerkleTree.FoldRange(hasher, nodes.Count == 0 ? [] : nodeHashes(nodes));
    }

    private static List<byte[]> Hashes(MerkleHasher hasher, IReadOnlyList<(long Start, long End)> ranges, Func<IReadOnlyList<MerkleNode>, IReadOnlyList<byte[]>> nodeHashes)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(nodeHashes);
        var perRange = new List<IReadOnlyList<MerkleNode>>(ranges.Count);
        var all = new List<MerkleNode>();
        foreach (var (start, end) in ranges)
        {
            var nodes = MerkleNode.Decompose(start, end);
            perRange.Add(nodes);
            all.AddRange(nodes);
        }

        var fetched = all.Count == 0 ? [] : nodeHashes(all);
        if (fetched.Count != all.Count)
        {
            throw new InvalidOperationException($"The node source returned {fetched.Count} hashes for {all.Count} nodes.");
        }

        var proof = new List<byte[]>(ranges.Count);
        var offset = 0;
        foreach (var nodes in perRange)
        {
            var slice = new byte[nodes.Count][];
            for (var i = 0; i < nodes.Count; i++)
            {
                slice[i] = fetched[offset + i];
            }

            offset += nodes.Count;
            proof.Add(MerkleTree.FoldRange(hasher, slice));
        }

        return proof;
    }

    // PATH(m, D[start:end]) of RFC 9162 §2.1.3.1, appending ranges in proof order (bottom-up).
    private static void Path(long m, long start, long end, List<(long, long)> ranges)
    {
        var n = end - start;
        if (n == 1)
        {
            return;
        }

        var k = MerkleMath.LargestPowerOfTwoBelow(n);
        if (m < k)
        {
            Path(m, start, start + k, ranges);
            ranges.Add((start + k, end));
        }
        else
        {
            Path(m - k, start + k, end, ranges);
            ranges.Add((start, start + k));
        }
    }

    // SUBPROOF(m, D[start:end], b) of RFC 9162 §2.1.4.1.
    private static void SubProof(long m, long start, long end, bool startFromOldRoot, List<(long, long)> ranges)
    {
        var n = end - start;
        if (m == n)
        {
            if (!startFromOldRoot)
            {
                ranges.Add((start, end));
            }

            return;
        }

        var k = MerkleMath.LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            SubProof(m, start, start + k, startFromOldRoot, ranges);
            ranges.Add((start + k, end));
        }
        else
        {
            SubProof(m - k, start + k, end, false, ranges);
            ranges.Add((start, start + k));
        }
    }
}
