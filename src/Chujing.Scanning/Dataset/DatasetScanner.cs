using System.Runtime.ExceptionServices;
using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;

namespace Chujing.Scanning.Dataset;

/// <summary>
/// Scans every file of a dataset folder (<see cref="DatasetFiles"/>) as one dataset: each file with its own columns
/// and plan, all files' rows linked into persons by one linker under one person key. Files are scanned in parallel
/// (a CSV file is itself split across the cores); progress is the share of all files' bytes done.
/// </summary>
public static class DatasetScanner
{
    /// <summary>Scans <paramref name="files"/>, sending every row's keyed identifiers to <paramref name="persons"/>; the results are in the files' order.</summary>
    public static IReadOnlyList<TableScan> Scan(IReadOnlyList<DatasetFile> files, ScanOptions options, PersonKeyHasher hasher, IPersonKeySink persons, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var sizes = files.Select(f => Math.Max(1, new FileInfo(f.FullPath).Length)).ToArray();
        var total = (double)sizes.Sum();
        var done = new double[files.Count];
        var doneTotal = 0.0;
        var results = new TableScan[files.Count];
        var gate = new Lock();
        try
        {
            Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var fileProgress = progress is null ? null : new FileProgress(p =>
                {
                    lock (gate)
                    {
                        doneTotal += (p * sizes[i]) - done[i];
                        done[i] = p * sizes[i];
                        progress.Report(Math.Clamp(doneTotal / total, 0, 1));
                    }
                });
                using var reader = TableSource.Open(files[i].FullPath, new TableSourceOptions());
                var scan = Scanner.ScanTable(reader, options, hasher, persons, fileProgress, cancellationToken);
                fileProgress?.Report(1);
                results[i] = WithPartition(scan with { Source = files[i].Display }, files[i].Partition, options, hasher);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<InvalidInputException>().FirstOrDefault() is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
        }

        return results;
    }

    /// <summary>The report of a dataset: each file's columns, the columns of the same name added up, the persons given.</summary>
    public static ScanReport Report(string source, IReadOnlyList<TableScan> files, PersonCount persons, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(options);
        var columns = ColumnReports.From(ColumnTally.Merge(files.SelectMany(f => f.Tallies)), options);
        var fileReports = files.Select(f => new FileReport(f.Source, f.Format, f.Rows, ColumnReports.From(f.Tallies, options))
        {
            Partition = f.Partition,
            Encoding = f.Encoding,
            Delimiter = f.Delimiter,
        }).ToList();
        return new ScanReport(source, "directory", files.Sum(f => f.Rows), columns, persons with { Identifiers = ColumnReports.IdentifiersUsed(columns) }, options.Threshold,
            options.Sensitivity.Standard, [.. files.SelectMany(f => f.Warnings)])
        {
            Files = fileReports,
        };
    }

    /// <summary>
    /// Adds the file's partition keys as columns: each value is classified once, like a cell of every row (partition
    /// values are not used as person identifiers).
    /// </summary>
    private static TableScan WithPartition(TableScan scan, IReadOnlyDictionary<string, string>? partition, ScanOptions options, PersonKeyHasher hasher)
    {
        if (partition is null || scan.Rows == 0)
        {
            return scan with { Partition = partition };
        }

        var names = partition.Keys.ToArray();
        IReadOnlyList<string?> values = [.. names.Select(k => partition[k])];
        var plan = ColumnClassifier.Plan(names, [values], options, hasher);
        var tally = plan.CreateTally(null);
        plan.ProcessRow(new StringRowCells(values), tally);
        var rows = scan.Rows;
        var columns = plan.Tallies(tally).Select(t => new ColumnTally(t.Name, t.Values * rows, t.Minors * rows,
            [.. t.Detectors.Select(d => new DetectorTally(d.Detector, d.Matches * rows, d.Suspect * rows))]));
        return scan with { Tallies = [.. scan.Tallies, .. columns], Partition = partition };
    }

    private sealed class FileProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
