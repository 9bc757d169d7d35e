using System.Text.Json;
using Chujing.Domain.Evidence.Merkle;
using Chujing.TestSupport;

namespace Chujing.Domain.Tests.Evidence.Merkle;

public sealed class MerkleVectorTests
{
    private static readonly MerkleHasher Hasher = new(Sha256HashAlgorithm.Instance);
    private static readonly JsonElement Reference = Load("rfc6962-reference.json");

    private static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests", "Chujing.Domain.Tests", "Evidence", "Merkle", "Vectors", name))).RootElement;

    private static List<byte[]> LeafHashes() =>
        [.. Reference.GetProperty("leaves").EnumerateArray().Select(l => Hasher.HashLeaf(Convert.FromHexString(l.GetString()!)))];

    private static byte[] Root(int size) => Convert.FromHexString(Reference.GetProperty("roots")[size - 1].GetString()!);

    private static List<byte[]> Hashes(JsonElement array, Func<string, byte[]> decode) =>
        [.. array.EnumerateArray().Select(h => decode(h.GetString()!))];

    [Fact]
    public void EmptyRoot_IsSha256OfNothing() =>
        Assert.Equal(Reference.GetProperty("emptyRoot").GetString(), Convert.ToHexStringLower(MerkleTree.RootHash(Hasher, [])));

    [Fact]
    public void RootHash_EveryPrefixSize_MatchesPublishedRoots()
    {
        var leaves = LeafHashes();
        for (var size = 1; size <= 8; size++)
        {
            Assert.Equal(Root(size), MerkleTree.RootHash(Hasher, leaves[..size]));
            var frontier = new MerkleFrontier(Hasher);
            leaves[..size].ForEach(l => frontier.Append(l));
            Assert.Equal(Root(size), frontier.RootHash());
        }
    }

    [Fact]
    public void Inclusion_PublishedProofs_AreGeneratedAndVerify()
    {
        var leaves = LeafHashes();
        foreach (var vector in Reference.GetProperty("inclusion").EnumerateArray())
        {
            var index = vector.GetProperty("index").GetInt64();
            var size = vector.GetProperty("size").GetInt64();
            var expected = Hashes(vector.GetProperty("proof"), Convert.FromHexString);
            var generated = MerkleProofs.Inclusion(Hasher, index, size, nodes => Fetch(leaves, nodes));
            Assert.Equal(expected, generated);
            var result = MerkleVerifier.VerifyInclusion(Hasher, index, size, leaves[(int)index], expected, Root((int)size));
            Assert.True(result.IsValid, result.Message);
        }
    }

    [Fact]
    public void Consistency_PublishedProofs_AreGeneratedAndVerify()
    {
        var leaves = LeafHashes();
        foreach (var vector in Reference.GetProperty("consistency").EnumerateArray())
        {
            var oldSize = vector.GetProperty("oldSize").GetInt64();
            var size = vector.GetProperty("size").GetInt64();
            var expected = Hashes(vector.GetProperty("proof"), Convert.FromHexString);
            Assert.Equal(expected, MerkleProofs.Consistency(Hasher, oldSize, size, nodes => Fetch(leaves, nodes)));
            var result = MerkleVerifier.VerifyConsistency(Hasher, oldSize, size, expected, Root((int)oldSize), Root((int)size));
            Assert.True(result.IsValid, result.Message);
        }
    }

    [Theory]
    [InlineData("consistency-1-happy-path.json")]
    [InlineData("consistency-1-wrong-root1.json")]
    [InlineData("consistency-4-happy-path.json")]
    public void Consistency_TransparencyDevTestdata_GivesTheExpectedOutcome(string file)
    {
        var v = Load(Path.Combine("transparency-dev", file));
        var result = MerkleVerifier.VerifyConsistency(
            Hasher,
            v.GetProperty("size1").GetInt64(),
            v.GetProperty("size2").GetInt64(),
            Hashes(v.GetProperty("proof"), Convert.FromBase64String),
            Convert.FromBase64String(v.GetProperty("root1").GetString()!),
            Convert.FromBase64String(v.GetProperty("root2").GetString()!));
        Assert.Equal(v.GetProperty("wantErr").GetBoolean(), !result.IsValid);
    }

    [Fact]
    public void Inclusion_TransparencyDevTestdata_Verifies()
    {
        var v = Load(Path.Combine("transparency-dev", "inclusion-1-happy-path.json"));
        var result = MerkleVerifier.VerifyInclusion(
            Hasher,
            v.GetProperty("leafIdx").GetInt64(),
            v.GetProperty("treeSize").GetInt64(),
            Convert.FromBase64String(v.GetProperty("leafHash").GetString()!),
            Hashes(v.GetProperty("proof"), Convert.FromBase64String),
            Convert.FromBase64String(v.GetProperty("root").GetString()!));
        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public void VerifyInclusion_CorruptedProofs_FailAndSayWhy()
    {
        var leaves = LeafHashes();
        var proof = MerkleProofs.Inclusion(Hasher, 5, 8, nodes => Fetch(leaves, nodes)).ToList();
        Assert.Equal(ProofFailure.OutOfRange, MerkleVerifier.VerifyInclusion(Hasher, 8, 8, leaves[5], proof, Root(8)).Failure);
        Assert.Equal(ProofFailure.WrongLength, MerkleVerifier.VerifyInclusion(Hasher, 5, 8, leaves[5], proof[..2], Root(8)).Failure);
        Assert.Equal(ProofFailure.WrongLength, MerkleVerifier.VerifyInclusion(Hasher, 5, 8, leaves[5], [.. proof, Root(8)], Root(8)).Failure);
        Assert.Equal(ProofFailure.RootMismatch, MerkleVerifier.VerifyInclusion(Hasher, 4, 8, leaves[5], proof, Root(8)).Failure);
        Assert.Equal(ProofFailure.RootMismatch, MerkleVerifier.VerifyInclusion(Hasher, 5, 8, leaves[4], proof, Root(8)).Failure);
        Assert.Equal(ProofFailure.WrongHashSize, MerkleVerifier.VerifyInclusion(Hasher, 5, 8, leaves[5], [proof[0], [1, 2], proof[2]], Root(8)).Failure);
        for (var i = 0; i < proof.Count; i++)
        {
            var flipped = proof.Select(h => h.ToArray()).ToList();
            flipped[i][0] ^= 8;
            Assert.Equal(ProofFailure.RootMismatch, MerkleVerifier.VerifyInclusion(Hasher, 5, 8, leaves[5], flipped, Root(8)).Failure);
        }
    }

    [Fact]
    public void VerifyConsistency_CorruptedProofs_FailAndSayWhy()
    {
        var leaves = LeafHashes();
        var proof = MerkleProofs.Consistency(Hasher, 6, 8, nodes => Fetch(leaves, nodes)).ToList();
        Assert.Equal(ProofFailure.OutOfRange, MerkleVerifier.VerifyConsistency(Hasher, 9, 8, proof, Root(6), Root(8)).Failure);
        Assert.Equal(ProofFailure.WrongLength, MerkleVerifier.VerifyConsistency(Hasher, 6, 8, [], Root(6), Root(8)).Failure);
        Assert.Equal(ProofFailure.OldRootMismatch, MerkleVerifier.VerifyConsistency(Hasher, 6, 8, proof, Root(5), Root(8)).Failure);
        Assert.Equal(ProofFailure.RootMismatch, MerkleVerifier.VerifyConsistency(Hasher, 6, 8, proof, Root(6), Root(7)).Failure);
        Assert.False(MerkleVerifier.VerifyConsistency(Hasher, 6, 8, proof, Root(8), Root(6)).IsValid);
        Assert.False(MerkleVerifier.VerifyConsistency(Hasher, 1, 1, [], Root(1), Root(2)).IsValid);
    }

    internal static IReadOnlyList<byte[]> Fetch(IReadOnlyList<byte[]> leafHashes, IReadOnlyList<MerkleNode> nodes) =>
        [.. nodes.Select(n => MerkleTree.SubtreeHash(Hasher, leafHashes, (int)n.Start, (int)n.End))];
}
