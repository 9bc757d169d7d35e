using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Chujing.Domain.Classification;

/// <summary>
/// Turns a canonical identifier into a 128-bit key with a keyed pseudo-random function (SipHash-2-4-128,
/// <see cref="SipHash128"/>, or HMAC-SHA256 truncated to 128 bits when <see cref="PersonKeyAlgorithm.HmacSha256"/> is asked for) under a 128-bit key drawn at random for each run and never stored, so that the keys
/// cannot be reversed or compared across runs and no raw identifier needs to be kept. 128 bits make an accidental
/// collision among even billions of persons negligible (≈ n²/2¹²⁹). Thread-safe; allocation-free.
/// </summary>
/// <remarks>
/// HMAC-SHA256 would serve as well as a PRF, but one call through the platform's crypto library costs 1.5-3 µs for a
/// 20-byte input (call overhead, not hashing); at a million rows that alone would exceed the scan's whole time budget.
/// </remarks>
public sealed class PersonKeyHasher
{
    private readonly ulong _k0;
    private readonly ulong _k1;
    private readonly byte[] _key;
    private readonly PersonKeyAlgorithm _algorithm;

    /// <summary>A hasher with a fresh random 128-bit key.</summary>
    public PersonKeyHasher(PersonKeyAlgorithm algorithm = PersonKeyAlgorithm.SipHash)
        : this(RandomNumberGenerator.GetBytes(16), algorithm)
    {
    }

    /// <summary>A hasher with the given 16-byte key (tests use a fixed one).</summary>
    public PersonKeyHasher(ReadOnlySpan<byte> key, PersonKeyAlgorithm algorithm = PersonKeyAlgorithm.SipHash)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(key.Length, 16);
        _k0 = BinaryPrimitives.ReadUInt64LittleEndian(key);
        _k1 = BinaryPrimitives.ReadUInt64LittleEndian(key[8..]);
        _key = key.ToArray();
        _algorithm = algorithm;
    }

    /// <summary>The keyed function in use.</summary>
    public PersonKeyAlgorithm Algorithm => _algorithm;

    /// <summary>The key for identifier <paramref name="canonical"/> (ASCII; at most 256 characters used) of kind <paramref name="kind"/> (domain separation).</summary>
    public UInt128 Hash(byte kind, ReadOnlySpan<char> canonical)
    {
        canonical = canonical[..Math.Min(canonical.Length, 256)];
        Span<byte> message = canonical.Length < 32 ? stackalloc byte[32] : stackalloc byte[257];
        message[0] = kind;
        for (var i = 0; i < canonical.Length; i++)
        {
            var c = canonical[i];
            message[i + 1] = c < 0x80 ? (byte)c : (byte)'?';
        }

        if (_algorithm == PersonKeyAlgorithm.HmacSha256)
        {
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(_key, message[..(canonical.Length + 1)], mac);
            return new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(mac[8..]), BinaryPrimitives.ReadUInt64LittleEndian(mac));
        }

        return SipHash128.Hash(_k0, _k1, message[..(canonical.Length + 1)]);
    }
}
