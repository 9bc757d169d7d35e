using System.Text;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Chujing.Evidence.Verification;
using Microsoft.Extensions.Time.Testing;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Storage;

/// <summary>The same contract on every store: append, reopen, proofs against the reference MTH, append-only, tamper evidence.</summary>
public abstract class LedgerStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    /// <summary>A new empty store location (file path or connection string).</summary>
    protected abstract string NewLocation();

    /// <summary>Changes a stored value behind the ledger's back, as an attacker with database access could.</summary>
    protected abstract void Tamper(string location, string table, string column, string where, Func<object, object> change);

    private (EvidenceLedger Ledger, LedgerKeyPair Key, string Location) NewLedger(ILedgerSuite? suite = null)
    {
        suite ??= LedgerSuites.Sha256Ed25519;
        var location = NewLocation();
        var key = suite.GenerateKeyPair();
        return (EvidenceLedger.Create(LedgerStores.Open(location, create: true), suite, key, _time), key, location);
    }

    private static byte[] ReferenceRoot(EvidenceLedger ledger, IReadOnlyList<ExportEvent> events, int size) =>
        MerkleTree.RootHash(ledger.Hasher, [.. events.Take(size).Select(e => ledger.Hasher.HashLeaf(Encoding.UTF8.GetBytes(e.CanonicalJson)))]);

    [Theory]
    [InlineData(Sha256Ed25519Suite.SuiteId)]
    [InlineData(Sm3Sm2Suite.SuiteId)]
    public void Append_BatchesOfManySizes_RootsAndProofsMatchTheReference(string suiteId)
    {
        var (ledger, key, location) = NewLedger(LedgerSuites.Get(suiteId));
        var all = new List<ExportEvent>();
        foreach (var count in new[] { 1, 2, 13, 64, 100, 1, 300 })
        {
            var batch = TestEvents.Events(all.Count, count);
            all.AddRange(batch);
            _time.Advance(TimeSpan.FromSeconds(1));
            var head = ledger.Append(batch, key, _time);
            Assert.Equal(all.Count, head.Size);
            Assert.Equal(ReferenceRoot(ledger, all, all.Count), head.RootHash);
        }

        ledger.Dispose();
        using var reopened = EvidenceLedger.Open(LedgerStores.Open(location));
        Assert.Equal(all.Count, reopened.Head.Size);
        var more = TestEvents.Events(all.Count, 77);
        all.AddRange(more);
        Assert.Equal(ReferenceRoot(reopened, all, all.Count), reopened.Append(more, key, _time).RootHash);

        var random = new Random(4);
        for (var probe = 0; probe < 40; probe++)
        {
            var size = random.Next(1, all.Count + 1);
            var index = random.Next(size);
            var root = ReferenceRoot(reopened, all, size);
            Assert.Equal(root, reopened.RootHash(size));
            var leafHash = reopened.Hasher.HashLeaf(Encoding.UTF8.GetBytes(all[index].CanonicalJson));
            var inclusion = MerkleVerifier.VerifyInclusion(reopened.Hasher, index, size, leafHash, reopened.ProveInclusion(index, size), root);
            Assert.True(inclusion.IsValid, inclusion.Message);
            var oldSize = random.Next(0, size + 1);
            var consistency = MerkleVerifier.VerifyConsistency(reopened.Hasher, oldSize, size, reopened.ProveConsistency(oldSize, size), ReferenceRoot(reopened, all, oldSize), root);
            Assert.True(consistency.IsValid, consistency.Message);
        }

        var verification = LedgerStoreVerification.Verify(reopened);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(all.Count, verification.Leaves);
        Assert.Equal(9, verification.TreeHeads);
    }

    [Fact]
    public void Create_WhereALedgerExists_IsRefused()
    {
        var (ledger, key, location) = NewLedger();
        ledger.Dispose();
        using var store = LedgerStores.Open(location);
        Assert.Throws<InvalidInputException>(() => EvidenceLedger.Create(store, LedgerSuites.Sha256Ed25519, key, _time));
    }

    [Fact]
    public void Append_AfterAnotherWriterAppended_IsRefusedAndRecovers()
    {
        var (first, key, location) = NewLedger();
        using var second = EvidenceLedger.Open(LedgerStores.Open(location));
        first.Append(TestEvents.Events(0, 5), key, _time);
        Assert.Throws<EnvironmentFailureException>(() => second.Append(TestEvents.Events(5, 5), key, _time));
        Assert.Equal(10, second.Append(TestEvents.Events(5, 5), key, _time).Size);
        first.Dispose();
        Assert.True(LedgerStoreVerification.Verify(second).IsValid);
    }

    [Theory]
    [InlineData("leaves", "body", "idx = 37", "leaf 37")]
    [InlineData("leaves", "hash", "idx = 0", "leaf 0")]
    [InlineData("leaves", "hash", "idx = 199", "leaf 199")]
    [InlineData("nodes", "hash", "level = 4 AND idx = 3", "node at level 4 index 3")]
    [InlineData("tree_heads", "root", "size = 100", "tree head of size 100")]
    [InlineData("tree_heads", "signature", "size = 200", "tree head of size 200")]
    [InlineData("tree_heads", "signature", "size = 0", "tree head of size 0")]
    [InlineData("tree_heads", "timestamp", "size = 100", "tree head of size 100")]
    public void Verify_AfterOneFlippedByte_FailsNamingIt(string table, string column, string where, string subject)
    {
        var (ledger, key, location) = NewLedger();
        ledger.Append(TestEvents.Events(0, 100), key, _time);
        ledger.Append(TestEvents.Events(100, 100), key, _time);
        ledger.Dispose();
        Tamper(location, table, column, where, value => value switch
        {
            byte[] bytes => FlipLast(bytes),
            string text => text.Replace("示", "云", StringComparison.Ordinal).Replace("2026", "2025", StringComparison.Ordinal),
            _ => throw new InvalidOperationException("unexpected column type"),
        });
        using var reopened = EvidenceLedger.Open(LedgerStores.Open(location));
        var result = LedgerStoreVerification.Verify(reopened);
        Assert.False(result.IsValid);
        Assert.Equal(subject, result.Subject);
    }

    [Fact]
    public void Store_UpdateOrDeleteThroughSql_IsRefusedBySchema()
    {
        var (ledger, key, location) = NewLedger();
        ledger.Append(TestEvents.Events(0, 3), key, _time);
        ledger.Dispose();
        Assert.ThrowsAny<Exception>(() => RawExecute(location, "UPDATE {leaves} SET body = 'x' WHERE idx = 1"));
        Assert.ThrowsAny<Exception>(() => RawExecute(location, "DELETE FROM {tree_heads}"));
        using var reopened = EvidenceLedger.Open(LedgerStores.Open(location));
        Assert.True(LedgerStoreVerification.Verify(reopened).IsValid);
    }

    [Fact]
    public void Verify_LogCutBackToAnEarlierHead_PassesAloneButFailsAgainstAKeptHead()
    {
        var (ledger, key, location) = NewLedger();
        ledger.Append(TestEvents.Events(0, 100), key, _time);
        var kept = ledger.Append(TestEvents.Events(100, 100), key, _time);
        ledger.Dispose();
        CutBack(location, 100);
        using var reopened = EvidenceLedger.Open(LedgerStores.Open(location));
        Assert.Equal(100, reopened.Head.Size);
        Assert.True(LedgerStoreVerification.Verify(reopened).IsValid);
        var result = LedgerStoreVerification.Verify(reopened, expected: [kept]);
        Assert.Equal("given tree head of size 200", result.Subject);
        Assert.Contains("leaves were removed", result.Failure, StringComparison.Ordinal);
        var forged = new TreeHead(kept.Size, kept.RootHash, kept.Timestamp.AddSeconds(1), kept.Signature);
        Assert.Equal("given tree head of size 200", LedgerStoreVerification.Verify(reopened, expected: [forged]).Subject);
    }

    [Theory]
    [InlineData(4, 3, "node at level 4 index 3")]
    [InlineData(8, 0, "node at level 8 index 0")]
    [InlineData(5, 0, "node at level 5 index 0")]
    public void Verify_StrayNodeRowOrOneByteHash_IsNamed(int level, long index, string subject)
    {
        var (ledger, key, location) = NewLedger();
        ledger.Append(TestEvents.Events(0, 55), key, _time);
        ledger.Dispose();
        RawExecute(location, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"INSERT INTO {{nodes}} (level, idx, hash) VALUES ({level}, {index}, {OneByteBlob})"));
        using var reopened = EvidenceLedger.Open(LedgerStores.Open(location));
        var result = LedgerStoreVerification.Verify(reopened);
        Assert.False(result.IsValid);
        Assert.Equal(subject, result.Subject);
    }

    /// <summary>An SQL literal of a one-byte binary value.</summary>
    protected abstract string OneByteBlob { get; }

    /// <summary>Deletes every leaf, node and tree head beyond <paramref name="size"/> behind the ledger's back.</summary>
    protected abstract void CutBack(string location, long size);

    /// <summary>Runs SQL with the triggers in place; <c>{table}</c> is replaced by the store's table name.</summary>
    protected abstract void RawExecute(string location, string sql);

    private static byte[] FlipLast(byte[] bytes)
    {
        var copy = bytes.ToArray();
        copy[^1] ^= 0x01;
        return copy;
    }
}
