using Chujing.Domain.Classification;

namespace Chujing.Domain.Tests.Detection;

public sealed class SipHash128Tests
{
    // The reference implementation's test vectors (vectors.h, vectors_sip128): key 00 01 … 0f, message 00 01 … (n-1).
    [Theory]
    [InlineData(0, "a3817f04ba25a8e66df67214c7550293")]
    [InlineData(1, "da87c1d86b99af44347659119b22fc45")]
    public void Hash_ReferenceVectors_Match(int length, string expectedHex)
    {
        var key = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();
        var message = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var tag = SipHash128.Hash(BitConverter.ToUInt64(key, 0), BitConverter.ToUInt64(key, 8), message);
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), (ulong)tag);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), (ulong)(tag >> 64));
        Assert.Equal(expectedHex, Convert.ToHexStringLower(bytes));
    }

    [Fact]
    public void PersonKeyHasher_TwoRuns_GiveDifferentKeysForOneIdentifier()
    {
        Assert.NotEqual(new PersonKeyHasher().Hash(1, "11010519491231002X"), new PersonKeyHasher().Hash(1, "11010519491231002X"));
    }
}
