using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// A precise position: a latitude/longitude pair in one cell (<c>39.904200,116.407400</c>; comma, semicolon or space
/// between; either order, as Chinese map APIs write longitude first), both in range and each with at least three
/// decimal places (about 100 m or better — a location precise enough to track a person).
/// </summary>
public sealed class GeoCoordinateDetector : Detector
{
    private static readonly double[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    public override string Id => "geo-coordinate";

    public override string Rule => "latitude/longitude pair in range, ≥ 3 decimal places each";

    public override IReadOnlyList<string> MustMatch { get; } =
        ["39.904200,116.407400", "116.407400,39.904200", "31.2304 121.4737", "-33.8688;151.2093", "22.543, 114.057"];

    public override IReadOnlyList<string> MustNotMatch { get; } =
        ["39.9,116.4", "91.0000,116.4074", "39.9042,181.0000", "123.45", "abc,def", "", "1,234.567", "39.9042,116.4074,5.000"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length is < 9 or > 48)
        {
            return DetectorMatch.None;
        }

        var split = value.IndexOfAny(',', ';', ' ');
        if (split <= 0)
        {
            return DetectorMatch.None;
        }

        var first = value[..split].Trim();
        var second = value[(split + 1)..].Trim();
        if (!TryCoordinate(first, out var a) || !TryCoordinate(second, out var b))
        {
            return DetectorMatch.None;
        }

        var latLong = Math.Abs(a) <= 90 && Math.Abs(b) <= 180;
        var longLat = Math.Abs(b) <= 90 && Math.Abs(a) <= 180;
        return latLong || longLat ? DetectorMatch.Match : DetectorMatch.None;
    }

    /// <summary>
    /// Reads <c>[+-]ddd.ffff…</c> (at most three integer digits, at least three decimals) without the general number
    /// parser: the integer part and the first decimals are enough to check the range.
    /// </summary>
    internal static bool TryCoordinate(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        var dot = text.IndexOf('.');
        if (dot is <= 0 or > 3 || text.Length - dot - 1 < 3 || text.Length > 20
            || !CalendarDate.AllDigits(text[..dot]) || !CalendarDate.AllDigits(text[(dot + 1)..]))
        {
            return false;
        }

        var whole = CalendarDate.Number(text[..dot]);
        var decimals = Math.Min(6, text.Length - dot - 1);
        value = whole + ((double)CalendarDate.Number(text.Slice(dot + 1, decimals)) / PowersOfTen[decimals]);
        value = negative ? -value : value;
        return Math.Abs(value) <= 180;
    }
}
