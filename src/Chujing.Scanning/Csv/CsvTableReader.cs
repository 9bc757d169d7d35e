using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;
using Microsoft.Win32.SafeHandles;
using nietras.SeparatedValues;

namespace Chujing.Scanning.Csv;

/// <summary>
/// CSV (RFC 4180) through Sep: encoding sniffed (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030/GBK), separator
/// inferred from the header (comma, semicolon, tab, pipe), quotes unescaped. Rows whose field count differs from the
/// header's, and lines holding bytes invalid in the detected encoding, are reported as warnings with their line
/// numbers; empty lines are skipped. A file in UTF-8 or GB18030 is then scanned in byte ranges on all cores (each
/// decoding, parsing and validating its own rows, see <see cref="CsvChunker"/>); standard input is scanned on one
/// thread.
/// </summary>
public sealed class CsvTableReader : TableReader
{
    private readonly Stream _file;
    private readonly SepReader _reader;
    private readonly string[] _columns;
    private readonly long _length;
    private readonly Stream _inner;
    private readonly string? _path;
    private long _raggedRows;
    private long _bytesDone;
    private long _nextLine;

    private CsvTableReader(string source, string? path, Stream inner, Stream stream, long length, Encoding encoding)
        : base(source, "csv")
    {
        _path = path;
        _inner = inner;
        _file = stream;
        _length = length;
        Encoding = encoding;
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        try
        {
            _reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or NotSupportedException)
        {
            throw new InvalidInputException(new Diagnostic(source, 1, 0, null, "cannot read the header: " + e.Message));
        }

        if (!_reader.MoveNext())
        {
            throw new InvalidInputException(new Diagnostic(source, 0, 0, null, "the file is empty: a CSV header row is required"));
        }

        var header = _reader.Current;
        _nextLine = header.LineNumberToExcl;
        _columns = new string[header.ColCount];
        for (var i = 0; i < _columns.Length; i++)
        {
            var name = header[i].Span.Trim().ToString();
            _columns[i] = name.Length > 0 ? name : "column" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        Separator = _reader.Spec.Sep.Separator;
    }

    /// <summary>The encoding detected.</summary>
    public Encoding Encoding { get; }

    /// <summary>The separator inferred from the header.</summary>
    public char Separator { get; }

    public override IReadOnlyList<string> Columns => _columns;

    public override string? TextEncoding => Encoding.WebName;

    public override string? Delimiter => Separator.ToString();

    public override double? Progress => _length <= 0 ? null : Math.Min(1, (double)(ScansFromStart ? Interlocked.Read(ref _bytesDone) : _inner.Position) / _length);

    /// <summary>True when the rows are scanned again from the start in parallel byte ranges, the sample included.</summary>
    public override bool ScansFromStart => _path is not null && Encoding.CodePage is 65001 or 54936;

    public override int CellCount => _reader.Current.ColCount;

    /// <summary>Opens a CSV file, or standard input when <paramref name="path"/> is <c>-</c>.</summary>
    public static CsvTableReader Open(string path, Stream? standardInput = null)
    {
        var source = path == "-" ? "stdin" : path;
        var inner = path == "-" ? standardInput ?? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var length = inner.CanSeek ? inner.Length : 0;
        try
        {
            var prefix = new byte[TextEncodingSniffer.PrefixLength];
            var read = 0;
            int n;
            while (read < prefix.Length && (n = inner.Read(prefix, read, prefix.Length - read)) > 0)
            {
                read += n;
            }

            var encoding = TextEncodingSniffer.Detect(prefix.AsSpan(0, read), read < prefix.Length, source);
            return new CsvTableReader(source, path == "-" ? null : path, inner, new PrefixedStream(prefix, read, inner), length, encoding);
        }
        catch
        {
            inner.Dispose();
            throw;
        }
    }

    public override bool Read()
    {
        while (MoveNext(_reader, Source, 0, ref _nextLine, out var line))
        {
            if (_reader.Current.Span.IsEmpty)
            {
                continue;
            }

            if (!ScansFromStart)
            {
                Check(_reader.Current, 0, line);
            }

            return true;
        }

        return false;
    }

    public override ReadOnlySpan<char> Cell(int index) => _reader.Current[index].Span;

    public override void ScanRemaining(ScanPlan plan, ScanTally tally, IPersonKeySink sink, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tally);
        if (!ScansFromStart)
        {
            base.ScanRemaining(plan, tally, sink, progress, cancellationToken);
            ReportRagged();
            return;
        }

        using var file = File.OpenHandle(_path!, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(file);
        var (dataStart, headerLines) = CsvChunker.FindDataStart(file, length);
        var chunks = CsvChunker.Split(file, dataStart, length, headerLines + 1, Environment.ProcessorCount * 4);
        var tallies = new ScanTally[chunks.Count];
        Interlocked.Exchange(ref _bytesDone, dataStart);
        try
        {
            Parallel.For(0, chunks.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
                tallies[k] = ScanChunk(file, chunks[k], plan, sink, progress, cancellationToken));
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<InvalidInputException>().MinBy(x => x.Diagnostics[0].Line) is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
        }

        foreach (var worker in tallies)
        {
            tally.Add(worker);
        }

        ReportRagged();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ScanTally ScanChunk(SafeFileHandle file, CsvChunk chunk, ScanPlan plan, IPersonKeySink sink, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var worker = plan.CreateTally(sink);
        using var bytes = new BoundedStream(file, chunk.Start, chunk.End, n => Interlocked.Add(ref _bytesDone, n));
        using var text = new StreamReader(bytes, Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(Separator), HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        long rows = 0;
        var nextLine = 1L;
        while (MoveNext(reader, Source, chunk.FirstLine - 1, ref nextLine, out var line))
        {
            var row = reader.Current;
            if (row.Span.IsEmpty)
            {
                continue;
            }

            Check(row, chunk.FirstLine - 1, line);
            plan.ProcessRow(new SepRowCells(row), worker);
            if ((++rows & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (progress is not null && Progress is { } p)
                {
                    progress.Report(p);
                }
            }
        }

        worker.Flush();
        return worker;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Sep's MoveNext, with a row over its length limit turned into an error naming the line the row starts on.
    /// <paramref name="line"/> is the line the row starts on, counted from where the reader started (Sep's own
    /// LineNumberFrom is not reliable for a reader's first row).
    /// </summary>
    private static bool MoveNext(SepReader reader, string source, long lineOffset, ref long nextLine, out long line)
    {
        line = nextLine;
        try
        {
            if (!reader.MoveNext())
            {
                return false;
            }
        }
        catch (NotSupportedException)
        {
            throw CsvRowFaults.RowTooLong(source, lineOffset + nextLine);
        }

        nextLine = reader.Current.LineNumberToExcl;
        return true;
    }

    /// <summary>Warns about a row (starting on line <paramref name="start"/> of the reader) that is ragged, unbalanced or mis-encoded.</summary>
    private void Check(SepReader.Row row, long lineOffset, long start)
    {
        var line = lineOffset + start;
        if (row.LineNumberToExcl - start > 1 && CsvRowFaults.Unbalanced(row.Span, line, Separator, _columns.Length) is { } fault)
        {
            var lastLine = lineOffset + row.LineNumberToExcl - (row.Span.EndsWith('\n') ? 2 : 1);
            Warn(fault.Closed ? CsvRowFaults.RowsInsideQuotesWarning(fault.Line, lastLine) : CsvRowFaults.UnclosedQuoteWarning(fault.Line, lastLine));
        }
        else if (row.ColCount != _columns.Length)
        {
            if (Interlocked.Increment(ref _raggedRows) <= 20)
            {
                var spans = row.LineNumberToExcl - start > 1
                    ? string.Create(CultureInfo.InvariantCulture, $" (the row runs to line {lineOffset + row.LineNumberToExcl - 1}; an unterminated quote?)")
                    : string.Empty;
                Warn(string.Create(CultureInfo.InvariantCulture, $"line {line}: {row.ColCount} fields, the header has {_columns.Length}{spans}"));
            }
        }

        if (row.Span.Contains('\uFFFD'))
        {
            Warn(string.Create(CultureInfo.InvariantCulture, $"line {line}: bytes that are not valid {Encoding.WebName} were replaced (mixed encodings?)"));
        }
    }

    private void ReportRagged()
    {
        if (_raggedRows > 20)
        {
            Warn(string.Create(CultureInfo.InvariantCulture, $"{_raggedRows} rows in all have a field count different from the header's"));
        }
    }

    private readonly ref struct SepRowCells(SepReader.Row row) : IRowCells
    {
        private readonly SepReader.Row _row = row;

        public int Count => _row.ColCount;

        public ReadOnlySpan<char> Cell(int index) => _row[index].Span;
    }
}
