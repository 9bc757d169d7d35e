using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// Rivest's SHA-256 counter-mode sampler (R. L. Rivest, <c>sampler.py</c>, version of 14 November 2011, MIT licence;
/// UTF-8 strings as agreed with C. Jerdonek, 2014): the i-th pick (i = 1, 2, …) is
/// <c>a + (SHA-256(UTF-8(seed + "," + decimal(i))) read as a big-endian 256-bit integer) mod (b − a + 1)</c>;
/// without replacement a pick equal to an earlier one is rejected and the counter moves on. The same seed and range
/// always give the same sequence, so a longer sample ("an expanded sample") keeps every earlier pick. Thread-safe.
/// </summary>
public static class RivestSampler
{
    /// <summary>The i-th raw pick in <c>[a, b]</c> (with replacement): what <c>sampler.py</c> prints for counter i.</summary>
    public static long Pick(string seed, long counter, long a, long b)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentOutOfRangeException.ThrowIfLessThan(counter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(a, b);
        var size = (ulong)(b - a) + 1;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var input = Encoding.UTF8.GetBytes(seed + "," + counter.ToString(CultureInfo.InvariantCulture));
        SHA256.HashData(input, hash);
        return a + (long)Reduce(hash, size);
    }

    /// <summary>
    /// The picks in <c>[a, b]</c> without replacement, in the order the sampler makes them, with the counter that made
    /// each. Lazy: take as many as needed; the sequence ends after every value of the range has been picked.
    /// </summary>
    public static IEnumerable<SamplerPick> Distinct(string seed, long a, long b)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(a, b);
        return Iterate(seed, a, b);
    }

    private static IEnumerable<SamplerPick> Iterate(string seed, long a, long b)
    {
        var size = b - a + 1;
        var seen = new HashSet<long>();
        for (long counter = 1; seen.Count < size; counter++)
        {
            var pick = Pick(seed, counter, a, b);
            if (seen.Add(pick))
            {
                yield return new SamplerPick(counter, pick);
            }
        }
    }

    // (big-endian integer) mod size, byte by byte; size < 2^64 so the running value times 256 fits in 128 bits.
    private static ulong Reduce(ReadOnlySpan<byte> hash, ulong size)
    {
        UInt128 remainder = 0;
        foreach (var b in hash)
        {
            remainder = ((remainder << 8) | b) % size;
        }

        return (ulong)remainder;
    }
}
