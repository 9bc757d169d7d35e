using Chujing.Domain.Diagnostics;
using global::Parquet;
using global::Parquet.Schema;

namespace Chujing.Scanning.Parquet;

/// <summary>
/// Parquet files through Parquet.Net, one row group in memory at a time. Flat and nested (struct) columns are read,
/// named by their dotted path; repeated (list) columns are reported and skipped.
/// </summary>
public sealed class ParquetTableReader : RowBufferReader
{
    private readonly FileStream _stream;
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly string[] _columns;
    private string?[][] _group = [];
    private int _groupIndex = -1;
    private long _groupRows;
    private long _row;

    private ParquetTableReader(string path, FileStream stream, ParquetReader reader)
        : base(path, "parquet")
    {
        _stream = stream;
        _reader = reader;
        var fields = new List<DataField>();
        foreach (var field in reader.Schema.GetDataFields())
        {
            if (field.MaxRepetitionLevel > 0)
            {
                Warn("column '" + field.Path + "' is a repeated (list) column; skipped");
                continue;
            }

            fields.Add(field);
        }

        _fields = [.. fields];
        _columns = [.. fields.Select(f => f.Path.ToString())];
    }

    public override IReadOnlyList<string> Columns => _columns;

    public override double? Progress => _reader.RowGroupCount == 0 ? null : (double)Math.Max(0, _groupIndex) / _reader.RowGroupCount;

    /// <summary>Opens a Parquet file.</summary>
    public static ParquetTableReader Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            return new ParquetTableReader(path, stream, reader);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            stream.Dispose();
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "not a readable Parquet file: " + e.Message));
        }
    }

    protected override bool ReadRow()
    {
        while (_row >= _groupRows)
        {
            if (++_groupIndex >= _reader.RowGroupCount)
            {
                return false;
            }

            LoadGroup(_groupIndex);
        }

        for (var c = 0; c < _group.Length; c++)
        {
            SetCell(c, _group[c][_row]);
        }

        _row++;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private void LoadGroup(int index)
    {
        using var group = _reader.OpenRowGroupReader(index);
        _groupRows = group.RowCount;
        _row = 0;
        _group = new string?[_fields.Length][];
        for (var c = 0; c < _fields.Length; c++)
        {
            _group[c] = ReadColumn(group, _fields[c], (int)_groupRows);
        }
    }

    // The scanner reads a table synchronously on its worker thread; a pending read is waited for through its Task.
    private static void Wait(ValueTask read)
    {
        if (read.IsCompletedSuccessfully)
        {
            return;
        }

        read.AsTask().GetAwaiter().GetResult();
    }

    private static string?[] ReadColumn(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        // Parquet.Net 6 describes UTF-8 columns as ReadOnlyMemory<char>; they are read as strings.
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[rows];
            Wait(group.ReadAsync(field, values.AsMemory()!, null));
            return values;
        }

        return type switch
        {
            _ when type == typeof(int) => Read<int>(group, field, rows),
            _ when type == typeof(long) => Read<long>(group, field, rows),
            _ when type == typeof(short) => Read<short>(group, field, rows),
            _ when type == typeof(double) => Read<double>(group, field, rows),
            _ when type == typeof(float) => Read<float>(group, field, rows),
            _ when type == typeof(decimal) => Read<decimal>(group, field, rows),
            _ when type == typeof(bool) => Read<bool>(group, field, rows),
            _ when type == typeof(DateTime) => Read<DateTime>(group, field, rows),
            _ when type == typeof(DateOnly) => Read<DateOnly>(group, field, rows),
            _ => new string?[rows],
        };
    }

    private static string?[] Read<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var text = new string?[rows];
        if (field.IsNullable)
        {
            var values = new T?[rows];
            Wait(group.ReadAsync(field, values.AsMemory(), null));
            for (var i = 0; i < rows; i++)
            {
                text[i] = values[i] is { } v ? CellText.Format(v) : null;
            }
        }
        else
        {
            var values = new T[rows];
            Wait(group.ReadAsync(field, values.AsMemory(), null));
            for (var i = 0; i < rows; i++)
            {
                text[i] = CellText.Format(values[i]);
            }
        }

        return text;
    }
}
