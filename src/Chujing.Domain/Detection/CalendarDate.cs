using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>Reads fixed-width digit runs and checks calendar dates without allocating.</summary>
internal static class CalendarDate
{
    /// <summary>The value of <paramref name="digits"/> when every character is an ASCII digit, else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var d = c - '0';
            if ((uint)d > 9)
            {
                return -1;
            }

            value = (value * 10) + d;
        }

        return value;
    }

    /// <summary>True when year/month/day is a real date (leap years included) with 1900 ≤ year ≤ 2099.</summary>
    public static bool IsReal(int year, int month, int day) =>
        year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>True when <paramref name="yyyymmdd"/> (8 digits) is a real date.</summary>
    public static bool IsRealCompact(ReadOnlySpan<char> yyyymmdd) =>
        yyyymmdd.Length == 8 && IsReal(Number(yyyymmdd[..4]), Number(yyyymmdd.Slice(4, 2)), Number(yyyymmdd.Slice(6, 2)));

    /// <summary>True when <c>c</c> is an ASCII digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
    public static bool AllDigits(ReadOnlySpan<char> value) =>
        !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');
}
