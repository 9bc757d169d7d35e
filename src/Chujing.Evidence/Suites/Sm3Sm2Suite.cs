using System.Security.Cryptography;
using Chujing.Domain.Evidence.Merkle;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Suites;

/// <summary>
/// SM3 Merkle hashing with SM2 tree-head signatures (GB/T 32918 / GM/T 0003 on the recommended curve sm2p256v1,
/// SM3 digest, the default user id <c>1234567812345678</c> of GM/T 0009). Keys: the 32-byte big-endian private
/// scalar and the 65-byte uncompressed public point; signatures are DER SEQUENCE { r, s } (GM/T 0009).
/// </summary>
public sealed class Sm3Sm2Suite : ILedgerSuite
{
    /// <summary>The suite id.</summary>
    public const string SuiteId = "sm3-sm2";

    /// <summary>The signer's user id (GM/T 0009 default), as bytes.</summary>
    public static readonly byte[] DefaultUserId = "1234567812345678"u8.ToArray();

    private static readonly ECDomainParameters Domain = new(GMNamedCurves.GetByName("sm2p256v1"));

    public string Id => SuiteId;

    public IHashAlgorithm Hash => Sm3HashAlgorithm.Instance;

    public LedgerKeyPair GenerateKeyPair()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Domain, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var d = ((ECPrivateKeyParameters)pair.Private).D.ToByteArrayUnsigned();
        var privateKey = new byte[32];
        d.CopyTo(privateKey, 32 - d.Length);
        return new LedgerKeyPair(SuiteId, privateKey, ((ECPublicKeyParameters)pair.Public).Q.GetEncoded(false));
    }

    public byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey) => Domain.G.Multiply(PrivateScalar(privateKey)).Normalize().GetEncoded(false);

    public byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> data)
    {
        var signer = new SM2Signer(new SM3Digest());
        var key = new ECPrivateKeyParameters(PrivateScalar(privateKey), Domain);
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(key, new SecureRandom()), DefaultUserId));
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }

    public SignatureCheck Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        Verify(Domain, DefaultUserId, publicKey, data, signature);

    /// <summary>SM2 verification on any curve and user id (the standards' examples use their own); see <see cref="Verify(ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>.</summary>
    internal static SignatureCheck Verify(ECDomainParameters domain, byte[] userId, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        ECPublicKeyParameters key;
        try
        {
            key = new ECPublicKeyParameters(domain.Curve.DecodePoint(publicKey.ToArray()), domain);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return SignatureCheck.MalformedKey;
        }

        var signer = new SM2Signer(new SM3Digest());
        signer.Init(false, new ParametersWithID(key, userId));
        signer.BlockUpdate(data);
        try
        {
            return signer.VerifySignature(signature.ToArray()) ? SignatureCheck.Valid : SignatureCheck.Invalid;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or CryptoException or IOException)
        {
            return SignatureCheck.MalformedSignature;
        }
    }

    private static BigInteger PrivateScalar(ReadOnlySpan<byte> privateKey)
    {
        var d = new BigInteger(1, privateKey.ToArray());
        if (privateKey.Length != 32 || d.SignValue <= 0 || d.CompareTo(Domain.N) >= 0)
        {
            throw new CryptographicException("The private key is not a 32-byte SM2 scalar in [1, n).");
        }

        return d;
    }
}
