using System.Globalization;
using Chujing.Domain.Diagnostics;
using MiniExcelLibs;

namespace Chujing.Scanning.Xlsx;

/// <summary>
/// Excel workbooks through MiniExcel, streamed row by row. Every sheet is read; the first row of each sheet is its
/// header. With one sheet the columns keep their names; with several, a column is named <c>sheet!column</c> and each
/// sheet's rows fill only its own columns.
/// </summary>
public sealed class XlsxTableReader : RowBufferReader
{
    private readonly string _path;
    private readonly List<string> _columns = [];
    private readonly List<(string Sheet, Dictionary<string, int> Map)> _sheets = [];
    private int _sheet = -1;
    private IEnumerator<IDictionary<string, object?>>? _rows;

    private XlsxTableReader(string path)
        : base(path, "xlsx")
    {
        _path = path;
        List<string> names;
        try
        {
            names = MiniExcel.GetSheetNames(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "not a readable XLSX workbook: " + e.Message));
        }

        foreach (var sheet in names)
        {
            using var rows = Rows(sheet).GetEnumerator();
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            if (rows.MoveNext())
            {
                foreach (var (letter, value) in rows.Current)
                {
                    var name = CellText.Format(value)?.Trim();
                    if (string.IsNullOrEmpty(name))
                    {
                        name = letter;
                    }

                    map[letter] = _columns.Count;
                    _columns.Add(names.Count == 1 ? name : sheet + "!" + name);
                }
            }

            _sheets.Add((sheet, map));
        }

        if (_columns.Count == 0)
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "the workbook is empty: a header row is required"));
        }
    }

    public override IReadOnlyList<string> Columns => _columns;

    /// <summary>Opens a workbook file.</summary>
    public static XlsxTableReader Open(string path) => new(path);

    protected override bool ReadRow()
    {
        while (true)
        {
            if (_rows is not null && _rows.MoveNext())
            {
                var map = _sheets[_sheet].Map;
                foreach (var (letter, value) in _rows.Current)
                {
                    if (map.TryGetValue(letter, out var index))
                    {
                        SetCell(index, CellText.Format(value));
                    }
                    else if (value is not null)
                    {
                        Warn(string.Create(CultureInfo.InvariantCulture, $"sheet {_sheets[_sheet].Sheet}: column {letter} has values but no header; skipped"));
                        map[letter] = int.MaxValue;
                    }
                }

                return true;
            }

            _rows?.Dispose();
            if (++_sheet >= _sheets.Count)
            {
                _rows = null;
                return false;
            }

            _rows = Rows(_sheets[_sheet].Sheet).GetEnumerator();
            _rows.MoveNext(); // the header
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows?.Dispose();
        }

        base.Dispose(disposing);
    }

    private IEnumerable<IDictionary<string, object?>> Rows(string sheet)
    {
        foreach (var row in MiniExcel.Query(_path, useHeaderRow: false, sheetName: sheet))
        {
            yield return (IDictionary<string, object?>)row;
        }
    }
}
