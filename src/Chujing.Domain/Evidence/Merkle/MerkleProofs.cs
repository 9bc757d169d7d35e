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

    /// <summary>
    /// The inclusion proofs of several leaves of one tree, each byte for byte what <see cref="Inclusion"/> gives, with
    /// every perfect node they need fetched in one call to <paramref name="nodeHashes"/> and each distinct node once
    /// (proofs of nearby leaves share their upper nodes).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<byte[]>> Inclusions(MerkleHasher hasher, IReadOnlyList<long> indexes, long size, Func<IReadOnlyList<MerkleNode>, IReadOnlyList<byte[]>> nodeHashes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        var ranges = new IReadOnlyList<(long Start, long End)>[indexes.Count];
        for (var i = 0; i < indexes.Count; i++)
        {
            ranges[i] = InclusionRanges(indexes[i], size);
        }

        return Proofs(hasher, ranges, nodeHashes);
    }

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

    private static IReadOnlyList<byte[]> Hashes(MerkleHasher hasher, IReadOnlyList<(long Start, long End)> ranges, Func<IReadOnlyList<MerkleNode>, IReadOnlyList<byte[]>> nodeHashes) =>
        Proofs(hasher, [ranges], nodeHashes)[0];

    // Each proof is a list of ranges; each range folds from its perfect nodes. The distinct nodes of all proofs are
    // fetched in one call, in first-seen order.
    private static IReadOnlyList<byte[]>[] Proofs(MerkleHasher hasher, IReadOnlyList<(long Start, long End)>[] proofs, Func<IReadOnlyList<MerkleNode>, IReadOnlyList<byte[]>> nodeHashes)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(nodeHashes);
        var slots = new Dictionary<MerkleNode, int>();
        var distinct = new List<MerkleNode>();
        var perProof = new List<int[]>[proofs.Length];
        for (var p = 0; p < proofs.Length; p++)
        {
            var perRange = new List<int[]>(proofs[p].Count);
            foreach (var (start, end) in proofs[p])
            {
                var nodes = MerkleNode.Decompose(start, end);
                var refs = new int[nodes.Count];
                for (var i = 0; i < nodes.Count; i++)
                {
                    if (!slots.TryGetValue(nodes[i], out var slot))
                    {
                        slot = distinct.Count;
                        slots.Add(nodes[i], slot);
                        distinct.Add(nodes[i]);
                    }

                    refs[i] = slot;
                }

                perRange.Add(refs);
            }

            perProof[p] = perRange;
        }

        var fetched = distinct.Count == 0 ? [] : nodeHashes(distinct);
        if (fetched.Count != distinct.Count)
        {
            throw new InvalidOperationException($"The node source returned {fetched.Count} hashes for {distinct.Count} nodes.");
        }

        var result = new IReadOnlyList<byte[]>[proofs.Length];
        for (var p = 0; p < proofs.Length; p++)
        {
            var proof = new List<byte[]>(perProof[p].Count);
            foreach (var refs in perProof[p])
            {
                var slice = new byte[refs.Length][];
                for (var i = 0; i < refs.Length; i++)
                {
                    slice[i] = fetched[refs[i]];
                }

                proof.Add(MerkleTree.FoldRange(hasher, slice));
            }

            result[p] = proof;
        }

        return result;
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
