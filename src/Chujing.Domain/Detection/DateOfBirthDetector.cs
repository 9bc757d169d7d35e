using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// A calendar date between 1900 and 2099 in the forms Chinese data uses: <c>1990-01-31</c>, <c>1990/1/31</c>,
/// <c>1990.01.31</c>, <c>19900131</c>, <c>1990年1月31日</c>, also with a midnight time part (<c>1990-01-31 00:00:00</c>,
/// as SQLite stores dates). Any date column would match, so a column is given this type only when its name says birth (出生日期, 生日, birth_date, dob…).
/// </summary>
public sealed class DateOfBirthDetector : Detector
{
    public override string Id => "date-of-birth";

    public override string Rule => "real calendar date 1900-2099, in a column named as a birth date";

    public override NameEvidence NameEvidence => NameEvidence.Required;

    public override IReadOnlyList<string> MustMatch { get; } =
    [
        "1990-01-31", "1990/1/31", "1990.01.31", "19900131", "1990年1月31日", "2000-02-29", "1985-12-01",
        "1985-03-12 00:00:00", "1985-03-12T00:00:00", "1985-03-12 00:00", "1985-03-12 00:00:00.000",
    ];

    public override IReadOnlyList<string> MustNotMatch { get; } =
    [
        "1990-02-30", "1899-01-01", "2001-02-29", "19901331", "1990-1-31-1", "abc", "", "1990年1月31", "90-01-31",
        "1990-01-31 12:00", "1985-03-12 08:30:00", "1985-02-30 00:00:00", "1985-03-12T",
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        value = WithoutMidnight(value);
        if (value.Length == 8)
        {
            return CalendarDate.IsRealCompact(value) ? DetectorMatch.Match : DetectorMatch.None;
        }

        if (value.Length is < 8 or > 11)
        {
            return DetectorMatch.None;
        }

        var year = CalendarDate.Number(value[..4]);
        if (year < 0)
        {
            return DetectorMatch.None;
        }

        var rest = value[4..];
        char separator = rest[0];
        if (separator is '-' or '/' or '.')
        {
            rest = rest[1..];
            var second = rest.IndexOf(separator);
            if (second <= 0)
            {
                return DetectorMatch.None;
            }

            var month = Part(rest[..second]);
            var day = Part(rest[(second + 1)..]);
            return CalendarDate.IsReal(year, month, day) ? DetectorMatch.Match : DetectorMatch.None;
        }

        if (separator == '年' && rest[^1] == '日')
        {
            rest = rest[1..^1];
            var m = rest.IndexOf('月');
            if (m <= 0)
            {
                return DetectorMatch.None;
            }

            return CalendarDate.IsReal(year, Part(rest[..m]), Part(rest[(m + 1)..])) ? DetectorMatch.Match : DetectorMatch.None;
        }

        return DetectorMatch.None;
    }

    /// <summary>
    /// Drops a time part of exactly midnight (<c>1985-03-12 00:00:00</c>, <c>1985-03-12T00:00:00</c>, with or without
    /// seconds or fractions): the text database datetime columns (SQLite above all) give a date. Any other time is kept,
    /// so a timestamp column is not taken for birth dates.
    /// </summary>
    private static ReadOnlySpan<char> WithoutMidnight(ReadOnlySpan<char> value)
    {
        var at = value.IndexOfAny(' ', 'T');
        if (at < 8)
        {
            return value;
        }

        var time = value[(at + 1)..];
        return time is "00:00" or "00:00:00" || (time.StartsWith("00:00:00.") && !time[9..].ContainsAnyExcept('0'))
            ? value[..at]
            : value;
    }

    private static int Part(ReadOnlySpan<char> digits) => digits.Length is 1 or 2 ? CalendarDate.Number(digits) : -1;
}
