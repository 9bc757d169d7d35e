using System.Globalization;
using System.Numerics;

namespace Chujing.Domain.Evidence.Merkle;

/// <summary>
/// RFC 9162 §2.1.3.2 and §2.1.4.2 proof verification. Each check returns a <see cref="ProofVerification"/> that
/// says which step failed. Pure and thread-safe.
/// </summary>
public static class MerkleVerifier
{
    /// <summary>Checks that <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree of <paramref name="size"/> leaves with root <paramref name="rootHash"/>.</summary>
    public static ProofVerification VerifyInclusion(MerkleHasher hasher, long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> rootHash)
    {
        var computed = RootFromInclusionProof(hasher, index, size, leafHash, proof, out var failure);
        if (computed is null)
        {
            return failure!;
        }

        if (rootHash.Length != hasher.Size)
        {
            return ProofVerification.Fail(ProofFailure.WrongHashSize, Invariant($"the root hash has {rootHash.Length} bytes, not {hasher.Size}"));
        }

        return computed.AsSpan().SequenceEqual(rootHash)
            ? ProofVerification.Valid
            : ProofVerification.Fail(ProofFailure.RootMismatch, Invariant($"the proof leads to root {Convert.ToHexStringLower(computed)}, not the expected {Convert.ToHexStringLower(rootHash)}"));
    }

    /// <summary>The root that an inclusion proof leads to, or null with <paramref name="failure"/> saying why there is none.</summary>
    public static byte[]? RootFromInclusionProof(MerkleHasher hasher, long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, out ProofVerification? failure)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(proof);
        failure = null;
        if (index < 0 || index >= size)
        {
            failure = ProofVerification.Fail(ProofFailure.OutOfRange, Invariant($"leaf {index} is not in a tree of {size} leaves"));
            return null;
        }

        if (leafHash.Length != hasher.Size)
        {
            failure = ProofVerification.Fail(ProofFailure.WrongHashSize, Invariant($"the leaf hash has {leafHash.Length} bytes, not {hasher.Size}"));
            return null;
        }

        var (inner, border) = DecomposeInclusion(index, size);
        if (proof.Count != inner + border)
        {
            failure = ProofVerification.Fail(ProofFailure.WrongLength, Invariant($"the proof has {proof.Count} hashes; leaf {index} of {size} needs {inner + border}"));
            return null;
        }

        if (FirstWrongSize(hasher, proof) is { } wrong)
        {
            failure = ProofVerification.Fail(ProofFailure.WrongHashSize, Invariant($"proof hash {wrong} has {proof[wrong].Length} bytes, not {hasher.Size}"));
            return null;
        }

        var fn = index;
        var sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if ((fn & 1) == 1 || fn == sn)
            {
                r = hasher.HashChildren(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = hasher.HashChildren(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return r;
    }

    /// <summary>Checks that the tree of <paramref name="size"/> leaves with <paramref name="rootHash"/> extends the tree of <paramref name="oldSize"/> leaves with <paramref name="oldRootHash"/>.</summary>
    public static ProofVerification VerifyConsistency(MerkleHasher hasher, long oldSize, long size, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> oldRootHash, ReadOnlySpan<byte> rootHash)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize < 0 || oldSize > size)
        {
            return ProofVerification.Fail(ProofFailure.OutOfRange, Invariant($"old size {oldSize} is not between 0 and the new size {size}"));
        }

        if (oldSize == size || oldSize == 0)
        {
            if (proof.Count != 0)
            {
                return ProofVerification.Fail(ProofFailure.WrongLength, Invariant($"the proof has {proof.Count} hashes; from size {oldSize} to {size} it must be empty"));
            }

            return oldSize == 0 || oldRootHash.SequenceEqual(rootHash)
                ? ProofVerification.Valid
                : ProofVerification.Fail(ProofFailure.RootMismatch, "equal sizes with different roots");
        }

        if (oldRootHash.Length != hasher.Size || rootHash.Length != hasher.Size)
        {
            return ProofVerification.Fail(ProofFailure.WrongHashSize, Invariant($"a root hash does not have {hasher.Size} bytes"));
        }

        if (FirstWrongSize(hasher, proof) is { } wrong)
        {
            return ProofVerification.Fail(ProofFailure.WrongHashSize, Invariant($"proof hash {wrong} has {proof[wrong].Length} bytes, not {hasher.Size}"));
        }

        var shift = BitOperations.TrailingZeroCount(oldSize);
        var (inner, border) = DecomposeInclusion(oldSize - 1, size);
        inner -= shift;
        var oldIsPerfect = oldSize == 1L << shift;
        var start = oldIsPerfect ? 0 : 1;
        if (proof.Count != start + inner + border)
        {
            return ProofVerification.Fail(ProofFailure.WrongLength, Invariant($"the proof has {proof.Count} hashes; from size {oldSize} to {size} it needs {start + inner + border}"));
        }

        var seed = oldIsPerfect ? oldRootHash.ToArray() : proof[0];
        var fn = (oldSize - 1) >> shift;
        var sn = (size - 1) >> shift;
        var fr = seed;
        var sr = seed;
        for (var i = start; i < proof.Count; i++)
        {
            var c = proof[i];
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = hasher.HashChildren(c, fr);
                sr = hasher.HashChildren(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = hasher.HashChildren(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (!fr.AsSpan().SequenceEqual(oldRootHash))
        {
            return ProofVerification.Fail(ProofFailure.OldRootMismatch, Invariant($"the proof leads to old root {Convert.ToHexStringLower(fr)}, not {Convert.ToHexStringLower(oldRootHash)}"));
        }

        return sr.AsSpan().SequenceEqual(rootHash)
            ? ProofVerification.Valid
            : ProofVerification.Fail(ProofFailure.RootMismatch, Invariant($"the proof leads to root {Convert.ToHexStringLower(sr)}, not {Convert.ToHexStringLower(rootHash)}"));
    }

    // The number of proof hashes below the point where the leaf's path meets the right border (inner)
    // and on that border (border).
    private static (int Inner, int Border) DecomposeInclusion(long index, long size)
    {
        var inner = 64 - BitOperations.LeadingZeroCount((ulong)(index ^ (size - 1)));
        var border = BitOperations.PopCount((ulong)index >> inner);
        return (inner, border);
    }

    private static int? FirstWrongSize(MerkleHasher hasher, IReadOnlyList<byte[]> proof)
    {
        for (var i = 0; i < proof.Count; i++)
        {
            if (proof[i] is null || proof[i].Length != hasher.Size)
            {
                return i;
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
