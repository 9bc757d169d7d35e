using Chujing.Domain.Classification;
using Chujing.Scanning.Persons;

namespace Chujing.Scanning;

/// <summary>
/// Runs a scan: reads a sample, plans each column's candidate detectors from it, validates every row against the plan
/// (the sample included), and counts distinct persons. Memory stays bounded: one sample, the reader's buffers, and
/// the person counter's budget.
/// </summary>
public static class Scanner
{
    /// <summary>Scans everything <paramref name="reader"/> yields.</summary>
    public static ScanReport Scan(TableReader reader, ScanOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var sample = new List<IReadOnlyList<string?>>();
        while (sample.Count < options.SampleRows && reader.Read())
        {
            var row = new string?[reader.CellCount];
            for (var i = 0; i < row.Length; i++)
            {
                var cell = reader.Cell(i);
                row[i] = cell.IsEmpty ? null : cell.ToString();
            }

            sample.Add(row);
        }

        reader.FreezeColumns();
        var plan = ColumnClassifier.Plan(reader.Columns, sample, options);
        using var counter = new PersonLinker(options.PersonMemoryBudget);
        var tally = plan.CreateTally(counter);
        if (!reader.ScansFromStart)
        {
            foreach (var row in sample)
            {
                plan.ProcessRow(new StringRowCells(row), tally);
            }
        }

        sample.Clear();
        reader.ScanRemaining(plan, tally, counter, progress, cancellationToken);
        tally.Flush();
        var columns = plan.Report(tally);
        var linked = counter.Count();
        var persons = new PersonCount(linked.Distinct, ScanPlan.IdentifiersUsed(columns), tally.RowsIdentified, counter.Spilled)
        {
            Shared = linked.Shared,
            KeyFunction = options.PersonKey == PersonKeyAlgorithm.HmacSha256 ? "hmac-sha256-128" : "siphash-2-4-128",
        };
        return new ScanReport(reader.Source, reader.Format, tally.Rows, columns, persons, options.Threshold, options.Sensitivity.Standard, reader.Warnings)
        {
            Encoding = reader.TextEncoding,
            Delimiter = reader.Delimiter,
        };
    }
}
