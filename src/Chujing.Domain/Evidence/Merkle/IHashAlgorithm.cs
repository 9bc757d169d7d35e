namespace Chujing.Domain.Evidence.Merkle;

/// <summary>
/// A cryptographic hash function with a fixed output size, as the Merkle tree uses it (SHA-256, SM3).
/// Implementations must be thread-safe and must not keep state between calls.
/// </summary>
public interface IHashAlgorithm
{
    /// <summary>A short lower-case name, e.g. <c>sha256</c> or <c>sm3</c>.</summary>
    string Name { get; }

    /// <summary>The output size in bytes.</summary>
    int Size { get; }

    /// <summary>Hashes <paramref name="data"/> into the first <see cref="Size"/> bytes of <paramref name="destination"/>.</summary>
    void Hash(ReadOnlySpan<byte> data, Span<byte> destination);
}
