using System.Globalization;
using System.Text;
using Chujing.Classification;
using Chujing.Diagnostics;
using nietras.SeparatedValues;

namespace Chujing.Scanning.Csv;

/// <summary>
/// CSV (RFC 4180) through Sep: encoding sniffed (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030/GBK), separator
/// inferred from the header (comma, semicolon, tab, pipe), quotes unescaped. Rows whose field count differs from the
/// header's, and lines holding bytes invalid in the detected encoding, are reported as warnings with their line
/// numbers. The remaining rows are validated on all cores (Sep's parallel enumeration, one tally per worker).
/// </summary>
public sealed class CsvTableReader : TableReader
{
    private readonly Stream _file;
    private readonly SepReader _reader;
    private readonly string[] _columns;
    private readonly long _length;
    private readonly Stream _inner;
    private long _raggedRows;

    private CsvTableReader(string source, Stream inner, Stream stream, long length, Encoding encoding)
        : base(source, "csv")
    {
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

    public override double? Progress => _length > 0 ? Math.Min(1, (double)_inner.Position / _length) : null;

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
            return new CsvTableReader(source, inner, new PrefixedStream(prefix, read, inner), length, encoding);
        }
        catch
        {
            inner.Dispose();
            throw;
        }
    }

    public override bool Read()
    {
        if (!_reader.MoveNext())
        {
            return false;
        }

        Check(_reader.Current);
        return true;
    }

    public override ReadOnlySpan<char> Cell(int index) => _reader.Current[index].Span;

    public override void ScanRemaining(ScanPlan plan, ScanTally tally, IPersonKeySink sink, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tally);
        var workers = new List<ScanTally>();
        using var local = new ThreadLocal<ScanTally>(() =>
        {
            var worker = plan.CreateTally(sink);
            lock (workers)
            {
                workers.Add(worker);
            }

            return worker;
        });
        long rows = 0;
        foreach (var _ in _reader.ParallelEnumerate(row =>
                 {
                     Check(row);
                     plan.ProcessRow(new SepRowCells(row), local.Value!);
                     return 0;
                 }))
        {
            if ((++rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (progress is not null && Progress is { } p)
                {
                    progress.Report(p);
                }
            }
        }

        foreach (var worker in workers)
        {
            tally.Add(worker);
        }

        ReportRagged();
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

    private void Check(SepReader.Row row)
    {
        if (row.ColCount != _columns.Length)
        {
            if (Interlocked.Increment(ref _raggedRows) <= 20)
            {
                Warn(string.Create(CultureInfo.InvariantCulture, $"line {row.LineNumberFrom}: {row.ColCount} fields, the header has {_columns.Length}{(row.LineNumberToExcl - row.LineNumberFrom > 1 ? $" (the row runs to line {row.LineNumberToExcl - 1}; an unterminated quote?)" : string.Empty)}"));
            }
        }

        if (row.Span.Contains('\uFFFD'))
        {
            Warn(string.Create(CultureInfo.InvariantCulture, $"line {row.LineNumberFrom}: bytes that are not valid {Encoding.WebName} were replaced (mixed encodings?)"));
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
