using Chujing.Domain.Evidence.Merkle;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Suites;

/// <summary>
/// A log's cryptography, fixed when the log is created and recorded in it: the Merkle hash function and the
/// signature scheme of its tree heads. Implementations are stateless and thread-safe.
/// </summary>
public interface ILedgerSuite
{
    /// <summary>The suite id as the CLI and the log write it, e.g. <c>sha256-ed25519</c>.</summary>
    string Id { get; }

    /// <summary>The Merkle hash function.</summary>
    IHashAlgorithm Hash { get; }

    /// <summary>A new signing key from the operating system's random source.</summary>
    LedgerKeyPair GenerateKeyPair();

    /// <summary>The public key that belongs to <paramref name="privateKey"/>. Throws <see cref="System.Security.Cryptography.CryptographicException"/> on a malformed key.</summary>
    byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey);

    /// <summary>Signs <paramref name="data"/>. Throws <see cref="System.Security.Cryptography.CryptographicException"/> on a malformed key.</summary>
    byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> data);

    /// <summary>Checks a signature; never throws for malformed input, says so instead.</summary>
    SignatureCheck Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature);
}
