using Chujing.Domain.Evidence.Merkle;
using Org.BouncyCastle.Crypto.Digests;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Suites;

/// <summary>SM3 (GB/T 32905-2016, GM/T 0004-2012) from BouncyCastle. Thread-safe: one digest per thread.</summary>
public sealed class Sm3HashAlgorithm : IHashAlgorithm
{
    /// <summary>The one instance.</summary>
    public static readonly Sm3HashAlgorithm Instance = new();

    [ThreadStatic]
    private static SM3Digest? t_digest;

    private Sm3HashAlgorithm()
    {
    }

    public string Name => "sm3";

    public int Size => 32;

    public void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var digest = t_digest ??= new SM3Digest();
        digest.Reset();
        digest.BlockUpdate(data);
        digest.DoFinal(destination);
    }
}
