using System.Security.Cryptography;

namespace Chujing.Classification;

/// <summary>
/// Turns a canonical identifier into a 128-bit key with HMAC-SHA256 under a key drawn at random for each run, so that
/// the keys cannot be reversed or compared across runs and no raw identifier needs to be kept. 128 bits make an
/// accidental collision among even billions of persons negligible (≈ n²/2¹²⁹). Thread-safe; allocation-free.
/// </summary>
public sealed class PersonKeyHasher
{
    private readonly byte[] _key;

    /// <summary>A hasher with a fresh random 256-bit key.</summary>
    public PersonKeyHasher()
        : this(RandomNumberGenerator.GetBytes(32))
    {
    }

    /// <summary>A hasher with the given key (tests use a fixed one).</summary>
    public PersonKeyHasher(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(key.Length, 16);
        _key = (byte[])key.Clone();
    }

    /// <summary>The key for identifier <paramref name="canonical"/> (ASCII) of kind <paramref name="kind"/> (domain separation).</summary>
    public UInt128 Hash(byte kind, ReadOnlySpan<char> canonical)
    {
        Span<byte> message = stackalloc byte[1 + 256];
        message[0] = kind;
        var length = 1;
        foreach (var c in canonical)
        {
            if (length == message.Length)
            {
                break;
            }

            message[length++] = c < 0x80 ? (byte)c : (byte)'?';
        }

        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, message[..length], mac);
        return new UInt128(BitConverter.ToUInt64(mac), BitConverter.ToUInt64(mac[8..]));
    }
}
