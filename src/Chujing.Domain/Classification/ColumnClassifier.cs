using Chujing.Domain.Detection;

namespace Chujing.Domain.Classification;

/// <summary>
/// Analyses a sample once and compiles the <see cref="ScanPlan"/>: a detector becomes a column's candidate when the
/// column name hints at its type, or when it matches at least <see cref="ScanOptions.CandidateFloor"/> of the sampled
/// values with every check passing (suspect values do not count here; detectors needing a name hint are never
/// chosen on values alone). A table with both a latitude and a longitude column (纬度/经度, lat/lng) gets each of them
/// validated as one axis of a position (<see cref="GeoAxisDetector"/>).
/// </summary>
public static class ColumnClassifier
{
    /// <summary>Plans a scan of columns <paramref name="columnNames"/> from sampled rows (ragged rows allowed).</summary>
    public static ScanPlan Plan(IReadOnlyList<string> columnNames, IReadOnlyList<IReadOnlyList<string?>> sample, ScanOptions options, PersonKeyHasher? hasher = null)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(options);
        var columns = new ColumnPlan[columnNames.Count];
        var slots = 0;
        var values = new List<string>();
        var detectors = DetectorSet.For(options.AsOf);
        var axes = columnNames.Select(GeoAxisDetector.ForColumn).ToArray();
        var positionInTwoColumns = axes.Contains(GeoAxisDetector.Latitude) && axes.Contains(GeoAxisDetector.Longitude);
        for (var c = 0; c < columnNames.Count; c++)
        {
            var hints = ColumnNameHints.TypesFor(columnNames[c]);
            values.Clear();
            foreach (var row in sample)
            {
                if (c < row.Count && row[c] is { } text && ScanPlan.TrimSpace(text) is { IsEmpty: false } trimmed)
                {
                    values.Add(trimmed.Length == text.Length ? text : trimmed.ToString());
                }
            }

            var candidates = new List<Detector>();
            foreach (var detector in detectors)
            {
                if (hints.Contains(detector.Id) || (detector.NameEvidence != NameEvidence.Required && Share(detector, values) >= options.CandidateFloor))
                {
                    candidates.Add(detector);
                }
            }

            if (positionInTwoColumns && axes[c] is { } axis)
            {
                candidates.Add(axis);
            }

            columns[c] = new ColumnPlan(c, columnNames[c], hints, [.. candidates], slots);
            slots += candidates.Count;
        }

        return new ScanPlan(columns, slots, hasher ?? new PersonKeyHasher(options.PersonKey), options);
    }

    private static double Share(Detector detector, List<string> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var hits = 0;
        foreach (var value in values)
        {
            if (detector.Detect(value) == DetectorMatch.Match)
            {
                hits++;
            }
        }

        return (double)hits / values.Count;
    }
}
