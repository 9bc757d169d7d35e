using System.Globalization;
using Chujing.Domain.Classification;

namespace Chujing.Scanning;

/// <summary>
/// A table read row by row, whatever its format: column names, then rows of cells as spans. Readers stream: memory
/// stays bounded by one row (or one Parquet row group) whatever the input size. Not thread-safe, except that
/// <see cref="Warn"/> may be called from the workers of <see cref="ScanRemaining"/>.
/// </summary>
public abstract class TableReader : IDisposable
{
    private const int MaxWarnings = 50;
    private readonly List<string> _warnings = [];
    private long _suppressed;

    protected TableReader(string source, string format)
    {
        Source = source;
        Format = format;
    }

    /// <summary>What is read, for messages: a file name or <c>postgres:host/db/table</c> (never a password).</summary>
    public string Source { get; }

    /// <summary>csv, xlsx, jsonl, parquet, sqlite or postgres.</summary>
    public string Format { get; }

    /// <summary>The column names known so far (JSON Lines discovers them while sampling).</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>Problems that did not stop reading, each naming its line or row (at most 50, then a count).</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (_warnings)
            {
                return _suppressed == 0 ? [.. _warnings] : [.. _warnings, string.Create(CultureInfo.InvariantCulture, $"{Source}: {_suppressed} more warnings not shown")];
            }
        }
    }

    /// <summary>For text formats: the encoding detected (its web name, e.g. <c>utf-8</c>, <c>gb18030</c>); null otherwise.</summary>
    public virtual string? TextEncoding => null;

    /// <summary>For delimited text: the field separator detected; null otherwise.</summary>
    public virtual string? Delimiter => null;

    /// <summary>The share of the input read, 0-1, when the reader knows it.</summary>
    public virtual double? Progress => null;

    /// <summary>
    /// True when <see cref="ScanRemaining"/> scans every row from the start (the sampled rows included), so that the
    /// scanner must not count the sample itself.
    /// </summary>
    public virtual bool ScansFromStart => false;

    /// <summary>The number of cells in the current row.</summary>
    public abstract int CellCount { get; }

    /// <summary>Moves to the next data row; false at the end.</summary>
    public abstract bool Read();

    /// <summary>The text of cell <paramref name="index"/> of the current row.</summary>
    public abstract ReadOnlySpan<char> Cell(int index);

    /// <summary>Called once the sample is read: columns first seen later are reported and skipped.</summary>
    public virtual void FreezeColumns()
    {
    }

    /// <summary>
    /// Runs <paramref name="plan"/> over every row not read yet, adding to <paramref name="tally"/>. The default reads
    /// row by row on this thread; a reader may override it to validate on several cores.
    /// </summary>
    public virtual void ScanRemaining(ScanPlan plan, ScanTally tally, IPersonKeySink sink, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        long rows = 0;
        while (Read())
        {
            plan.ProcessRow(new CurrentRowCells(this), tally);
            if ((++rows & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (progress is not null && Progress is { } p)
                {
                    progress.Report(p);
                }
            }
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Records a warning; thread-safe.</summary>
    protected internal void Warn(string message)
    {
        lock (_warnings)
        {
            if (_warnings.Count < MaxWarnings)
            {
                _warnings.Add(Source + ": " + message);
            }
            else
            {
                _suppressed++;
            }
        }
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private readonly struct CurrentRowCells(TableReader reader) : IRowCells
    {
        public int Count => reader.CellCount;

        public ReadOnlySpan<char> Cell(int index) => reader.Cell(index);
    }
}
