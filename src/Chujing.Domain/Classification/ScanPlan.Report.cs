namespace Chujing.Domain.Classification;

public sealed partial class ScanPlan
{
    /// <summary>Turns a finished tally into column reports (<see cref="ColumnReports.From"/> over <see cref="Tallies"/>).</summary>
    public IReadOnlyList<ColumnReport> Report(ScanTally tally) => ColumnReports.From(Tallies(tally), Options);

    /// <summary>The mergeable counts of a finished tally, one per column in source order.</summary>
    public IReadOnlyList<ColumnTally> Tallies(ScanTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var tallies = new ColumnTally[_columns.Length];
        for (var c = 0; c < _columns.Length; c++)
        {
            var plan = _columns[c];
            var detectors = new DetectorTally[plan.CandidateArray.Length];
            for (var k = 0; k < detectors.Length; k++)
            {
                detectors[k] = new DetectorTally(plan.CandidateArray[k].TallyKey, tally.Matches[plan.SlotOffset + k], tally.Suspect[plan.SlotOffset + k]);
            }

            tallies[c] = new ColumnTally(plan.Name, tally.NonEmpty[c], tally.Minors[c], detectors);
        }

        return tallies;
    }

    /// <summary>The person-key types that some column was given, strongest first.</summary>
    public static IReadOnlyList<string> IdentifiersUsed(IReadOnlyList<ColumnReport> columns) => ColumnReports.IdentifiersUsed(columns);
}
