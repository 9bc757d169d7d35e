using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence.Merkle;

namespace Chujing.Evidence;

/// <summary>
/// An RFC 9162 inclusion proof as <c>chujing ledger prove --leaf N --json</c> writes it and
/// <c>GET /api/ledger/proof</c> answers it: the leaf's hash, the root of the tree of <see cref="TreeSize"/> leaves, the
/// audit path (lower-case hex, leaf to root) and the signed tree head of that size when one was signed.
/// </summary>
public sealed record InclusionProofView(string Type, long LeafIndex, long TreeSize, string LeafHash, string RootHash, IReadOnlyList<string> Proof, SignedTreeHeadView? TreeHead)
{
    /// <summary>
    /// The proof of leaf <paramref name="index"/> in the tree of <paramref name="size"/> leaves (default: the latest
    /// signed tree head), checked before it is returned: a store whose nodes do not give the signed root, or whose
    /// proof does not verify, is reported as damaged (<see cref="EnvironmentFailureException"/>), never handed out.
    /// A leaf outside the tree is an <see cref="InvalidInputException"/> on <c>--leaf</c>.
    /// </summary>
    public static InclusionProofView Create(EvidenceLedger ledger, long index, long? size = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var treeSize = size ?? ledger.Head.Size;
        var root = ledger.RootHash(treeSize);
        var signedHead = ledger.Store.TreeHeads().FirstOrDefault(h => h.Size == treeSize);
        if (signedHead is not null && !signedHead.RootHash.AsSpan().SequenceEqual(root))
        {
            throw new EnvironmentFailureException($"{ledger.Store.Name}: the root computed from the stored nodes ({Convert.ToHexStringLower(root)}) is not the signed tree head's root for size {treeSize} ({Convert.ToHexStringLower(signedHead.RootHash)}); the store is damaged, run 'chujing ledger verify'");
        }

        var proof = ledger.ProveInclusion(index, treeSize);
        var leafHash = ledger.LeafHash(index);
        var check = MerkleVerifier.VerifyInclusion(ledger.Hasher, index, treeSize, leafHash, proof, root);
        if (!check.IsValid)
        {
            throw new EnvironmentFailureException($"{ledger.Store.Name}: the inclusion proof of leaf {index} does not verify against the root of size {treeSize} ({check.Message}); the store is damaged, run 'chujing ledger verify'");
        }

        return new InclusionProofView(
            "inclusion",
            index,
            treeSize,
            Convert.ToHexStringLower(leafHash),
            Convert.ToHexStringLower(root),
            [.. proof.Select(Convert.ToHexStringLower)],
            signedHead is null ? null : SignedTreeHeadView.From(signedHead, ledger.Metadata));
    }
}
