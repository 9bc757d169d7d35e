using System.Numerics;
using Chujing.Domain.Evidence.Merkle;
using FsCheck;
using FsCheck.Xunit;

namespace Chujing.Domain.Tests.Evidence.Merkle;

/// <summary>Proofs, frontier and stored-node folds at random sizes, checked against the recursive MTH.</summary>
public sealed class MerkleProofPropertyTests
{
    private static readonly MerkleHasher Hasher = new(Sha256HashAlgorithm.Instance);

    private static List<byte[]> Leaves(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Hasher.HashLeaf(BitConverter.GetBytes(i)))];

    [Property(MaxTest = 200)]
    public bool Inclusion_AnyLeafOfAnySize_VerifiesAgainstReferenceRoot(PositiveInt sizeSeed, NonNegativeInt indexSeed)
    {
        var size = (sizeSeed.Get % 300) + 1;
        var index = indexSeed.Get % size;
        var leaves = Leaves(size);
        var root = MerkleTree.RootHash(Hasher, leaves);
        var proof = MerkleProofs.Inclusion(Hasher, index, size, nodes => MerkleVectorTests.Fetch(leaves, nodes));
        return MerkleVerifier.VerifyInclusion(Hasher, index, size, leaves[index], proof, root).IsValid
            && !MerkleVerifier.VerifyInclusion(Hasher, index, size, Hasher.HashLeaf([1, 2, 3]), proof, root).IsValid;
    }

    [Property(MaxTest = 200)]
    public bool Inclusions_AnyLeavesOfAnySize_AreTheSingleProofsWithEachNodeFetchedOnceInOneCall(PositiveInt sizeSeed, NonNegativeInt[] indexSeeds)
    {
        var size = (sizeSeed.Get % 3000) + 1;
        var indexes = indexSeeds.Take(40).Select(i => (long)(i.Get % size)).ToList();
        var leaves = Leaves(size);
        var calls = new List<IReadOnlyList<MerkleNode>>();
        var batch = MerkleProofs.Inclusions(Hasher, indexes, size, nodes =>
        {
            calls.Add(nodes);
            return MerkleVectorTests.Fetch(leaves, nodes);
        });
        var same = indexes.Select((index, i) => (index, i)).All(p =>
            MerkleProofs.Inclusion(Hasher, p.index, size, nodes => MerkleVectorTests.Fetch(leaves, nodes)) is var single
            && single.Count == batch[p.i].Count
            && single.Zip(batch[p.i]).All(h => h.First.AsSpan().SequenceEqual(h.Second)));
        var fetchedOnce = calls.Count <= 1 && calls.All(c => c.Distinct().Count() == c.Count);
        return batch.Count == indexes.Count && same && fetchedOnce;
    }

    [Property(MaxTest = 200)]
    public bool Consistency_AnyTwoSizes_VerifiesAgainstReferenceRoots(PositiveInt sizeSeed, NonNegativeInt oldSeed)
    {
        var size = (sizeSeed.Get % 300) + 1;
        var oldSize = oldSeed.Get % (size + 1);
        var leaves = Leaves(size);
        var root = MerkleTree.RootHash(Hasher, leaves);
        var oldRoot = MerkleTree.RootHash(Hasher, leaves[..oldSize]);
        var proof = MerkleProofs.Consistency(Hasher, oldSize, size, nodes => MerkleVectorTests.Fetch(leaves, nodes));
        var ok = MerkleVerifier.VerifyConsistency(Hasher, oldSize, size, proof, oldRoot, root).IsValid;
        var tampered = oldSize == 0 || oldSize == size
            || !MerkleVerifier.VerifyConsistency(Hasher, oldSize, size, proof, Hasher.HashLeaf([9]), root).IsValid;
        return ok && tampered;
    }

    [Property(MaxTest = 200)]
    public bool Frontier_AnySize_MatchesReferenceRootAndReportsEveryPerfectNode(PositiveInt sizeSeed)
    {
        var size = sizeSeed.Get % 600;
        var leaves = Leaves(size);
        var frontier = new MerkleFrontier(Hasher);
        var completed = new Dictionary<MerkleNode, byte[]>();
        foreach (var leaf in leaves)
        {
            frontier.Append(leaf, (node, hash) => completed.Add(node, hash));
        }

        var allNodesRight = completed.All(kv => kv.Value.AsSpan().SequenceEqual(MerkleTree.SubtreeHash(Hasher, leaves, (int)kv.Key.Start, (int)kv.Key.End)));
        var prefixNodes = MerkleNode.Decompose(0, size);
        var reopened = new MerkleFrontier(Hasher, size, MerkleVectorTests.Fetch(leaves, prefixNodes));
        return allNodesRight
            && completed.Count == Math.Max(0, size - BitOperations.PopCount((uint)size))
            && frontier.RootHash().AsSpan().SequenceEqual(MerkleTree.RootHash(Hasher, leaves))
            && reopened.RootHash().AsSpan().SequenceEqual(frontier.RootHash());
    }
}
