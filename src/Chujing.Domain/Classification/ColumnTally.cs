namespace Chujing.Domain.Classification;

/// <summary>
/// What a scan counted in one column, before any decision: the mergeable state behind a <see cref="ColumnReport"/>.
/// Tallies of the same column from several parts of a dataset add up (<see cref="Merge"/>), and
/// <see cref="ColumnReports.From"/> decides from the sum exactly as from one scan.
/// </summary>
/// <param name="Name">The column name.</param>
/// <param name="Values">Non-empty values.</param>
/// <param name="Minors">Resident IDs of persons under 14 on the scan's date.</param>
/// <param name="Detectors">The candidate detectors' counts, in plan order.</param>
public sealed record ColumnTally(string Name, long Values, long Minors, IReadOnlyList<DetectorTally> Detectors)
{
    public string Name { get; } = Name ?? throw new ArgumentNullException(nameof(Name));

    public long Values { get; } = Values >= 0 ? Values : throw new ArgumentOutOfRangeException(nameof(Values));

    public long Minors { get; } = Minors >= 0 ? Minors : throw new ArgumentOutOfRangeException(nameof(Minors));

    public IReadOnlyList<DetectorTally> Detectors { get; } = Detectors ?? throw new ArgumentNullException(nameof(Detectors));

    /// <summary>
    /// Adds up tallies by column name (first-seen order of names): values and minors summed, detectors united (first-seen
    /// order) with their counts summed.
    /// </summary>
    public static IReadOnlyList<ColumnTally> Merge(IEnumerable<ColumnTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var order = new List<string>();
        var byName = new Dictionary<string, (long Values, long Minors, List<string> Order, Dictionary<string, (long M, long S)> Counts)>(StringComparer.Ordinal);
        foreach (var tally in tallies)
        {
            if (!byName.TryGetValue(tally.Name, out var sum))
            {
                order.Add(tally.Name);
                sum = (0, 0, [], new Dictionary<string, (long, long)>(StringComparer.Ordinal));
            }

            foreach (var detector in tally.Detectors)
            {
                if (!sum.Counts.TryGetValue(detector.Detector, out var counts))
                {
                    sum.Order.Add(detector.Detector);
                }

                sum.Counts[detector.Detector] = (counts.M + detector.Matches, counts.S + detector.Suspect);
            }

            byName[tally.Name] = (sum.Values + tally.Values, sum.Minors + tally.Minors, sum.Order, sum.Counts);
        }

        return [.. order.Select(name =>
        {
            var sum = byName[name];
            return new ColumnTally(name, sum.Values, sum.Minors, [.. sum.Order.Select(d => new DetectorTally(d, sum.Counts[d].M, sum.Counts[d].S))]);
        })];
    }
}
