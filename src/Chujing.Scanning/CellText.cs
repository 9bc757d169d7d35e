using System.Globalization;

namespace Chujing.Scanning;

/// <summary>
/// How typed values from workbooks, Parquet and databases become text for the detectors: invariant culture, dates as
/// ISO 8601 (<c>1990-01-31</c> when there is no time of day), numbers in their shortest round-trip form.
/// </summary>
public static class CellText
{
    /// <summary>The text of <paramref name="value"/>; null for null and DBNull.</summary>
    public static string? Format(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        byte[] => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
