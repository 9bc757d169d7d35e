using System.Numerics;

namespace Chujing.Domain.Evidence.Merkle;

/// <summary>Integer helpers of RFC 9162's tree shape.</summary>
internal static class MerkleMath
{
    /// <summary>The largest power of two strictly less than <paramref name="n"/> (n ≥ 2).</summary>
    public static long LargestPowerOfTwoBelow(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));
}
