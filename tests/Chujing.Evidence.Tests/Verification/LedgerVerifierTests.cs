using Chujing.Domain.Evidence.Merkle;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Chujing.Evidence.Verification;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Verification;

public sealed class LedgerVerifierTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AddHead_TimestampEarlierThanThePreviousHead_FailsNamingIt()
    {
        var suite = LedgerSuites.Sha256Ed25519;
        var key = suite.GenerateKeyPair();
        var hasher = new MerkleHasher(suite.Hash);
        TreeHead Head(long size, byte[] root, DateTimeOffset at) =>
            new(size, root, at, suite.Sign(key.PrivateKey, TreeHead.SignedText(suite.Id, size, root, TreeHead.FormatTimestamp(at))));

        var verifier = new LedgerVerifier(suite, key.PublicKey);
        Assert.True(verifier.AddHead(Head(0, hasher.EmptyRootHash(), Noon)));
        var leaf = hasher.HashLeafText("a");
        Assert.True(verifier.AddLeaf(new StoredLeaf(0, leaf, "a")));
        Assert.False(verifier.AddHead(Head(1, leaf, Noon.AddSeconds(-1))));
        Assert.Equal("tree head of size 1", verifier.Problem!.Value.Subject);
        Assert.Contains("earlier", verifier.Problem!.Value.Failure, StringComparison.Ordinal);
    }
}
