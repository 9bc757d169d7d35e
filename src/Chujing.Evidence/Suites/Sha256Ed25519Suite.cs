using Chujing.Domain.Evidence.Merkle;
using NSec.Cryptography;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Suites;

/// <summary>
/// SHA-256 Merkle hashing (RFC 9162) with Ed25519 tree-head signatures (RFC 8032) through NSec/libsodium.
/// Keys: the 32-byte raw private key (seed) and the 32-byte raw public key; signatures are 64 bytes.
/// </summary>
public sealed class Sha256Ed25519Suite : ILedgerSuite
{
    /// <summary>The suite id.</summary>
    public const string SuiteId = "sha256-ed25519";

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    public string Id => SuiteId;

    public IHashAlgorithm Hash => Sha256HashAlgorithm.Instance;

    public LedgerKeyPair GenerateKeyPair()
    {
        using var key = Key.Create(Algorithm, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return new LedgerKeyPair(SuiteId, key.Export(KeyBlobFormat.RawPrivateKey), key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    public byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey)
    {
        using var key = Import(privateKey);
        return key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    public byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> data)
    {
        using var key = Import(privateKey);
        return Algorithm.Sign(key, data);
    }

    public SignatureCheck Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (!PublicKey.TryImport(Algorithm, publicKey, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            return SignatureCheck.MalformedKey;
        }

        if (signature.Length != Algorithm.SignatureSize)
        {
            return SignatureCheck.MalformedSignature;
        }

        return Algorithm.Verify(key, data, signature) ? SignatureCheck.Valid : SignatureCheck.Invalid;
    }

    private static Key Import(ReadOnlySpan<byte> privateKey) =>
        Key.TryImport(Algorithm, privateKey, KeyBlobFormat.RawPrivateKey, out var key) && key is not null
            ? key
            : throw new System.Security.Cryptography.CryptographicException("The private key is not a raw 32-byte Ed25519 key.");
}
