using System.Security.Cryptography;

namespace Chujing.Domain.Evidence.Merkle;

/// <summary>SHA-256 (FIPS 180-4) from the base class library. Thread-safe.</summary>
public sealed class Sha256HashAlgorithm : IHashAlgorithm
{
    /// <summary>The one instance.</summary>
    public static readonly Sha256HashAlgorithm Instance = new();

    private Sha256HashAlgorithm()
    {
    }

    public string Name => "sha256";

    public int Size => SHA256.HashSizeInBytes;

    public void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => SHA256.HashData(data, destination);
}
