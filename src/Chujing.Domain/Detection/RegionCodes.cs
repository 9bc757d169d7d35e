using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// The province-level prefixes of the GB/T 2260 administrative division codes (11 北京 … 65 新疆, 71 台湾,
/// 81 香港, 82 澳门, 83 for residence permits of Taiwan residents), used as a plausibility check on the first two
/// digits of resident ID numbers and the region part of USCCs.
/// </summary>
internal static class RegionCodes
{
    private static readonly bool[] Provinces = Build();

    /// <summary>True when the two characters are digits forming a province-level code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsProvince(char first, char second)
    {
        var a = first - '0';
        var b = second - '0';
        return (uint)a <= 9 && (uint)b <= 9 && Provinces[(a * 10) + b];
    }

    private static bool[] Build()
    {
        var table = new bool[100];
        int[] codes = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];
        foreach (var code in codes)
        {
            table[code] = true;
        }

        return table;
    }
}
