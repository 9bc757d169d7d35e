using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Chujing.Domain.Classification;

/// <summary>
/// SipHash-2-4 with 128-bit output (Aumasson and Bernstein, 2012): a keyed pseudo-random function built to be a MAC
/// for short inputs. Allocation-free, thread-safe, and some thirty times cheaper per identifier than one HMAC-SHA256
/// call through the platform's crypto library (which costs more in call overhead than in hashing a 20-byte input).
/// </summary>
public static class SipHash128
{
    /// <summary>The 128-bit tag of <paramref name="message"/> under the key (<paramref name="k0"/>, <paramref name="k1"/>), as the reference's little-endian bytes read into (low, high).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UInt128 Hash(ulong k0, ulong k1, ReadOnlySpan<byte> message)
    {
        var v0 = 0x736f6d6570736575UL ^ k0;
        var v1 = 0x646f72616e646f6dUL ^ k1 ^ 0xee;
        var v2 = 0x6c7967656e657261UL ^ k0;
        var v3 = 0x7465646279746573UL ^ k1;
        var length = message.Length;
        while (message.Length >= 8)
        {
            var m = BinaryPrimitives.ReadUInt64LittleEndian(message);
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
            message = message[8..];
        }

        var last = (ulong)length << 56;
        for (var i = 0; i < message.Length; i++)
        {
            last |= (ulong)message[i] << (8 * i);
        }

        v3 ^= last;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;

        v2 ^= 0xee;
        for (var i = 0; i < 4; i++)
        {
            Round(ref v0, ref v1, ref v2, ref v3);
        }

        var low = v0 ^ v1 ^ v2 ^ v3;
        v1 ^= 0xdd;
        for (var i = 0; i < 4; i++)
        {
            Round(ref v0, ref v1, ref v2, ref v3);
        }

        var high = v0 ^ v1 ^ v2 ^ v3;
        return new UInt128(high, low);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1;
        v1 = BitOperations.RotateLeft(v1, 13);
        v1 ^= v0;
        v0 = BitOperations.RotateLeft(v0, 32);
        v2 += v3;
        v3 = BitOperations.RotateLeft(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = BitOperations.RotateLeft(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = BitOperations.RotateLeft(v1, 17);
        v1 ^= v2;
        v2 = BitOperations.RotateLeft(v2, 32);
    }
}
