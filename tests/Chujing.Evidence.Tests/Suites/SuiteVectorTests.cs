using System.Text;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Evidence.Suites;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Suites;

public sealed class SuiteVectorTests
{
    private static string Hash(IHashAlgorithm algorithm, string ascii)
    {
        var output = new byte[algorithm.Size];
        algorithm.Hash(Encoding.ASCII.GetBytes(ascii), output);
        return Convert.ToHexStringLower(output);
    }

    // GB/T 32905-2016 (GM/T 0004-2012) appendix A, examples 1 and 2.
    [Theory]
    [InlineData("abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")]
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd", "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")]
    public void Sm3_StandardExamples_Match(string message, string digest) =>
        Assert.Equal(digest, Hash(Sm3HashAlgorithm.Instance, message));

    // FIPS 180-4 example "abc".
    [Fact]
    public void Sha256_Abc_Matches() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hash(Sha256HashAlgorithm.Instance, "abc"));

    // RFC 8032 §7.1, TEST 1 (empty message) and TEST 2 (one byte 0x72).
    [Theory]
    [InlineData("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")]
    [InlineData("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
    public void Ed25519_Rfc8032Vectors_SignAndVerify(string secret, string publicKey, string message, string signature)
    {
        var suite = LedgerSuites.Sha256Ed25519;
        var data = Convert.FromHexString(message);
        Assert.Equal(publicKey, Convert.ToHexStringLower(suite.PublicKeyOf(Convert.FromHexString(secret))));
        Assert.Equal(signature, Convert.ToHexStringLower(suite.Sign(Convert.FromHexString(secret), data)));
        Assert.Equal(SignatureCheck.Valid, suite.Verify(Convert.FromHexString(publicKey), data, Convert.FromHexString(signature)));
        var bad = Convert.FromHexString(signature);
        bad[5] ^= 1;
        Assert.Equal(SignatureCheck.Invalid, suite.Verify(Convert.FromHexString(publicKey), data, bad));
    }

    // GM/T 0003.2-2012 (GB/T 32918.2) appendix A.2: the digital signature example over Fp-256 with the standard's
    // example curve, user id ALICE123@YAHOO.COM, message "message digest".
    [Fact]
    public void Sm2_StandardSignatureExample_Verifies()
    {
        var p = new BigInteger("8542D69E4C044F18E8B92435BF6FF7DE457283915C45517D722EDB8B08F1DFC3", 16);
        var a = new BigInteger("787968B4FA32C3FD2417842E73BBFEFF2F3C848B6831D7E0EC65228B3937E498", 16);
        var b = new BigInteger("63E4C6D3B23B0C849CF84241484BFE48F61D59A5B16BA06E6E12D1DA27C5249A", 16);
        var n = new BigInteger("8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7", 16);
        var curve = new FpCurve(p, a, b, n, BigInteger.One);
        var g = curve.CreatePoint(
            new BigInteger("421DEBD61B62EAB6746434EBC3CC315E32220B3BADD50BDC4C4E6C147FEDD43D", 16),
            new BigInteger("0680512BCBB42C07D47349D2153B70C4E5D7FDFCBFA36EA1A85841B9E46E09A2", 16));
        var domain = new ECDomainParameters(curve, g, n, BigInteger.One);
        var d = new BigInteger("128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263", 16);
        var publicKey = g.Multiply(d).Normalize();
        var signature = new DerSequence(
            new DerInteger(new BigInteger("40F1EC59F793D9F49E09DCEF49130D4194F79FB1EED2CAA55BACDB49C4E755D1", 16)),
            new DerInteger(new BigInteger("6FC6DAC32C5D5CF10C77DFB20F7C2EB667A457872FB09EC56327A67EC7DEEBE7", 16))).GetEncoded();
        var id = Encoding.ASCII.GetBytes("ALICE123@YAHOO.COM");
        var message = Encoding.ASCII.GetBytes("message digest");
        Assert.Equal(SignatureCheck.Valid, Sm3Sm2Suite.Verify(domain, id, publicKey.GetEncoded(false), message, signature));
        Assert.Equal(SignatureCheck.Invalid, Sm3Sm2Suite.Verify(domain, id, publicKey.GetEncoded(false), Encoding.ASCII.GetBytes("message digesT"), signature));
    }

    [Fact]
    public void Sm2_OnSm2p256v1_RoundTripsAndRejectsTampering()
    {
        var suite = LedgerSuites.Sm3Sm2;
        var pair = suite.GenerateKeyPair();
        Assert.Equal(32, pair.PrivateKey.Length);
        Assert.Equal(65, pair.PublicKey.Length);
        Assert.Equal(pair.PublicKey, suite.PublicKeyOf(pair.PrivateKey));
        var data = "chujing-ledger-tree-head/v1\n"u8.ToArray();
        var signature = suite.Sign(pair.PrivateKey, data);
        Assert.Equal(SignatureCheck.Valid, suite.Verify(pair.PublicKey, data, signature));
        data[0] ^= 1;
        Assert.Equal(SignatureCheck.Invalid, suite.Verify(pair.PublicKey, data, signature));
        Assert.Equal(SignatureCheck.MalformedKey, suite.Verify([4, 1, 2], data, signature));
        Assert.NotEqual(SignatureCheck.Valid, suite.Verify(pair.PublicKey, data, [1, 2, 3]));
    }

    [Fact]
    public void Ed25519_GeneratedKey_RoundTrips()
    {
        var suite = LedgerSuites.Sha256Ed25519;
        var pair = suite.GenerateKeyPair();
        Assert.Equal(pair.PublicKey, suite.PublicKeyOf(pair.PrivateKey));
        var signature = suite.Sign(pair.PrivateKey, "x"u8);
        Assert.Equal(SignatureCheck.Valid, suite.Verify(pair.PublicKey, "x"u8, signature));
        Assert.Equal(SignatureCheck.MalformedSignature, suite.Verify(pair.PublicKey, "x"u8, signature[..10]));
    }
}
