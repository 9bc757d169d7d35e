using Chujing.Domain.Classification;
using Chujing.Scanning.Persons;

namespace Chujing.Scanning;

/// <summary>
/// Runs a scan: reads a sample, plans each column's candidate detectors from it, validates every row against the plan
/// (the sample included), and links the rows' identifiers into persons. Memory stays bounded: one sample, the reader's
/// buffers, and the person linker's budget.
/// </summary>
public static class Scanner
{
    /// <summary>Scans everything <paramref name="reader"/> yields.</summary>
    public static ScanReport Scan(TableReader reader, ScanOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        using var linker = new PersonLinker(options.PersonMemoryBudget);
        var file = ScanTable(reader, options, new PersonKeyHasher(options.PersonKey), linker, progress, cancellationToken);
        return Report(file, linker, options);
    }

    /// <summary>The report of one scanned table whose identifiers went to <paramref name="linker"/>.</summary>
    public static ScanReport Report(TableScan file, PersonLinker linker, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var columns = ColumnReports.From(file.Tallies, options);
        return new ScanReport(file.Source, file.Format, file.Rows, columns, Persons(linker, columns, file.RowsIdentified, options), options.Threshold, options.Sensitivity.Standard, file.Warnings)
        {
            Encoding = file.Encoding,
            Delimiter = file.Delimiter,
        };
    }

    /// <summary>Scans one table into its mergeable counts, sending its rows' keyed identifiers to <paramref name="persons"/>.</summary>
    public static TableScan ScanTable(TableReader reader, ScanOptions options, PersonKeyHasher hasher, IPersonKeySink persons, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(persons);
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
        var plan = ColumnClassifier.Plan(reader.Columns, sample, options, hasher);
        var tally = plan.CreateTally(persons);
        if (!reader.ScansFromStart)
        {
            foreach (var row in sample)
            {
                plan.ProcessRow(new StringRowCells(row), tally);
            }
        }

        sample.Clear();
        reader.ScanRemaining(plan, tally, persons, progress, cancellationToken);
        tally.Flush();
        return new TableScan(reader.Source, reader.Format, tally.Rows, tally.RowsIdentified, plan.Tallies(tally), reader.Warnings)
        {
            Encoding = reader.TextEncoding,
            Delimiter = reader.Delimiter,
        };
    }

    /// <summary>The persons the linker found, with the identifier types the columns were given.</summary>
    public static PersonCount Persons(PersonLinker linker, IReadOnlyList<ColumnReport> columns, long rowsIdentified, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(options);
        var linked = linker.Count();
        return new PersonCount(linked.Distinct, ColumnReports.IdentifiersUsed(columns), rowsIdentified, linker.Spilled)
        {
            Shared = linked.Shared,
            KeyFunction = options.PersonKey == PersonKeyAlgorithm.HmacSha256 ? "hmac-sha256-128" : "siphash-2-4-128",
        };
    }
}
