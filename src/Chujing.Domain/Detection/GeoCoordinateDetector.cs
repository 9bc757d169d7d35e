using System.Globalization;

namespace Chujing.Detection;

/// <summary>
/// A precise position: a latitude/longitude pair in one cell (<c>39.904200,116.407400</c>; comma, semicolon or space
/// between; either order, as Chinese map APIs write longitude first), both in range and each with at least three
/// decimal places (about 100 m or better — a location precise enough to track a person).
/// </summary>
public sealed class GeoCoordinateDetector : Detector
{
    public override string Id => "geo-coordinate";

    public override string Rule => "latitude/longitude pair in range, ≥ 3 decimal places each";

    public override IReadOnlyList<string> MustMatch { get; } =
        ["39.904200,116.407400", "116.407400,39.904200", "31.2304 121.4737", "-33.8688;151.2093", "22.543, 114.057"];

    public override IReadOnlyList<string> MustNotMatch { get; } =
        ["39.9,116.4", "91.0000,116.4074", "39.9042,181.0000", "123.45", "abc,def", "", "1,234.567", "39.9042,116.4074,5.000"];

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

    private static bool TryCoordinate(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var dot = text.IndexOf('.');
        if (dot <= 0 || text.Length - dot - 1 < 3 || text.Length > 20)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!CalendarDate.IsDigit(c) && c is not ('.' or '-' or '+'))
            {
                return false;
            }
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && Math.Abs(value) <= 180;
    }
}
