using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// Mainland China mobile numbers: 11 digits in a number segment allocated to mobile, data-card or virtual operators
/// (13x, 145-149, 150-153, 155-159, 162, 165-167, 170-173, 175-178, 18x, 190-193, 195-199), optionally written with
/// a +86 / 0086 / 86 prefix and in 3-4-4 groups separated by spaces or hyphens. Eleven digits starting 13-19 in a
/// segment not (yet) allocated to mobile (140-144, 154, 160, 161, 163, 164, 168, 169, 174, 179, 194) are
/// <see cref="DetectorMatch.Suspect"/>: segments are allocated over time, and an export from a system that
/// validated numbers against a newer table holds them.
/// </summary>
public sealed class MobileDetector : Detector
{
    private static readonly bool[] Segments = BuildSegments();

    public override string Id => "cn-mobile";

    public override string Rule => "11 digits in an allocated mobile segment (13x-19x), optional +86 prefix";

    public override string SuspectRule => "11 digits starting 13-19 in a segment not allocated to mobile (140, 141, 154, 160, 169, 179, 194…)";

    public override IReadOnlyList<string> MustMatch { get; } =
    [
        "13800138000", "15912345678", "17612345678", "19912345678", "+86 138 0013 8000", "+8613800138000",
        "138-0013-8000", "0086 13800138000", "16612345678", "14512345678",
    ];

    public override IReadOnlyList<string> MustNotMatch { get; } =
    [
        "12345678901", "10012345678", "11012345678", "12012345678", "1380013800", "138001380001", "1380013800a",
        "010-12345678", "", "138 0013 80 00 1", "23800138000",
    ];

    public override IReadOnlyList<string> MustBeSuspect { get; } =
        ["15412345678", "14012345678", "16012345678", "19412345678", "+86 179 1234 5678", "141-1234-5678"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[11];
        if (!TryDigits(value, digits))
        {
            return DetectorMatch.None;
        }

        return IsSegment(digits) ? DetectorMatch.Match : digits[1] >= '3' ? DetectorMatch.Suspect : DetectorMatch.None;
    }

    /// <summary>The 11 digits, without prefix or separators.</summary>
    public override int Canonicalize(ReadOnlySpan<char> value, Span<char> destination) =>
        TryDigits(value, destination[..11]) ? 11 : 0;

    /// <summary>11 digits starting with 1 (prefix and separators removed); the segment is checked by the caller.</summary>

    private static bool TryDigits(ReadOnlySpan<char> value, Span<char> digits)
    {
        if (value.Length == 11)
        {
            // The common case: plain digits, no copy loop needed beyond the check.
            if (!CalendarDate.AllDigits(value))
            {
                return false;
            }

            value.CopyTo(digits);
            return digits[0] == '1';
        }

        if (value.Length > 20)
        {
            return false;
        }

        if (value.StartsWith("+86"))
        {
            value = value[3..];
        }
        else if (value.StartsWith("0086"))
        {
            value = value[4..];
        }
        else if (value.Length >= 13 && value.StartsWith("86") && !CalendarDate.IsDigit(value[2]))
        {
            value = value[2..];
        }

        value = value.TrimStart(' ');
        if (value.Length > 0 && value[0] == '-')
        {
            value = value[1..];
        }

        var count = 0;
        var separators = 0;
        foreach (var c in value)
        {
            if (CalendarDate.IsDigit(c))
            {
                if (count == 11)
                {
                    return false;
                }

                digits[count++] = c;
            }
            else if ((c == ' ' || c == '-') && (count == 3 || count == 7) && separators < 2)
            {
                separators++;
            }
            else
            {
                return false;
            }
        }

        return count == 11 && digits[0] == '1';
    }

    private static bool IsSegment(ReadOnlySpan<char> digits) =>
        digits[0] == '1' && Segments[((digits[1] - '0') * 10) + (digits[2] - '0')];

    private static bool[] BuildSegments()
    {
        var table = new bool[100];
        int[] segments =
        [
            30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 45, 46, 47, 48, 49, 50, 51, 52, 53, 55, 56, 57, 58, 59, 62, 65, 66, 67,
            70, 71, 72, 73, 75, 76, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 95, 96, 97, 98, 99,
        ];
        foreach (var s in segments)
        {
            table[s] = true;
        }

        return table;
    }
}
