using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// One axis of a position kept in two columns (纬度 and 经度, lat and lng, latitude and longitude): a single number
/// in range (±90 for latitude, ±180 for longitude) with at least three decimal places. Reported as
/// <c>geo-coordinate</c>, and planned only for a table that has both a latitude and a longitude column.
/// </summary>
public sealed class GeoAxisDetector : Detector
{
    private readonly bool _latitude;

    private GeoAxisDetector(bool latitude) => _latitude = latitude;

    /// <summary>The latitude column's detector.</summary>
    public static GeoAxisDetector Latitude { get; } = new(latitude: true);

    /// <summary>The longitude column's detector.</summary>
    public static GeoAxisDetector Longitude { get; } = new(latitude: false);

    public override string Id => "geo-coordinate";

    public override string TallyKey => _latitude ? "geo-coordinate/latitude" : "geo-coordinate/longitude";

    public override string Rule => _latitude
        ? "latitude in range (±90), ≥ 3 decimal places, in a latitude column beside a longitude column"
        : "longitude in range (±180), ≥ 3 decimal places, in a longitude column beside a latitude column";

    public override NameEvidence NameEvidence => NameEvidence.Required;

    public override IReadOnlyList<string> MustMatch { get; } = ["39.904200", "-33.868800", "22.543"];

    public override IReadOnlyList<string> MustNotMatch { get; } = ["39.9", "abc", "", "1,234.567", "39.904200,116.407400"];

    /// <summary>The axis a column's name says it holds: this type's latitude or longitude detector, or null.</summary>
    public static GeoAxisDetector? ForColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains("纬度", StringComparison.Ordinal) && !name.Contains("经纬", StringComparison.Ordinal))
        {
            return Latitude;
        }

        if (name.Contains("经度", StringComparison.Ordinal))
        {
            return Longitude;
        }

        var lower = name.Trim().ToLowerInvariant();
        foreach (var word in lower.Split([' ', '_', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (word)
            {
                case "lat" or "latitude":
                    return Latitude;
                case "lng" or "lon" or "long" or "longitude":
                    return Longitude;
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value) =>
        GeoCoordinateDetector.TryCoordinate(value, out var number) && Math.Abs(number) <= (_latitude ? 90 : 180) ? DetectorMatch.Match : DetectorMatch.None;
}
