using System.Globalization;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Diagnostics;

namespace Chujing.Scanning.Jsonl;

/// <summary>
/// JSON Lines: one object per line, nested objects flattened to dotted paths (<c>customer.mobile</c>), array elements
/// indexed (<c>phones[0]</c>). Columns are the keys met while sampling; keys first met later are reported once and
/// skipped. A line that is not a JSON object is a warning naming the line; blank lines are skipped.
/// </summary>
public sealed class JsonlTableReader : RowBufferReader
{
    private const int MaxArrayElements = 16;
    private readonly StreamReader _reader;
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skipped = new(StringComparer.Ordinal);
    private readonly long _length;
    private bool _frozen;
    private long _line;

    private JsonlTableReader(string source, Stream stream)
        : base(source, "jsonl")
    {
        _length = stream.CanSeek ? stream.Length : 0;
        _reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public override IReadOnlyList<string> Columns => _columns;

    public override double? Progress => _length > 0 ? Math.Min(1, (double)_reader.BaseStream.Position / _length) : null;

    /// <summary>Opens a JSON Lines file, or a stream (standard input).</summary>
    public static JsonlTableReader Open(string path, Stream? stream = null) =>
        new(path == "-" ? "stdin" : path, stream ?? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    public override void FreezeColumns() => _frozen = true;

    protected override bool ReadRow()
    {
        while (_reader.ReadLine() is { } line)
        {
            _line++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    Warn(string.Create(CultureInfo.InvariantCulture, $"line {_line}: not a JSON object; skipped"));
                    continue;
                }

                Flatten(document.RootElement, string.Empty);
                return true;
            }
            catch (JsonException e)
            {
                Warn(string.Create(CultureInfo.InvariantCulture, $"line {_line}: not valid JSON ({Chujing.Domain.Text.JsonErrorText.Tidy(e.Message)}); skipped"));
            }
        }

        if (_line == 0 && _columns.Count == 0)
        {
            throw new InvalidInputException(new Diagnostic(Source, 0, 0, null, "the file is empty: JSON Lines needs one object per line"));
        }

        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Flatten(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (i == MaxArrayElements)
                    {
                        break;
                    }

                    Flatten(item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    i++;
                }

                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                var column = ColumnFor(path);
                if (column >= 0)
                {
                    SetCell(column, element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText());
                }

                break;
        }
    }

    private int ColumnFor(string path)
    {
        if (_index.TryGetValue(path, out var column))
        {
            return column;
        }

        if (_frozen)
        {
            if (_skipped.Add(path))
            {
                Warn(string.Create(CultureInfo.InvariantCulture, $"line {_line}: key '{path}' first appears after the sample; not classified"));
            }

            return -1;
        }

        _index[path] = _columns.Count;
        _columns.Add(path);
        return _columns.Count - 1;
    }
}
