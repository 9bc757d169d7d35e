using System.Data;
using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Chujing.Web.Lists;

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV (UTF-8 with a byte-order mark, so that Excel opens Chinese text as
/// such; RFC 4180 quoting, CRLF) or as an XLSX workbook (one sheet, the columns' widths, counts as numbers).
/// </summary>
public static class TableExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most rows one export holds; a longer list is refused with a message to narrow the filters.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The CSV bytes, starting with the UTF-8 byte-order mark.</summary>
    public static byte[] ToCsv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(c => Quote(c.Header))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                text.Append(row[i] switch
                {
                    null => string.Empty,
                    long n => n.ToString(CultureInfo.InvariantCulture),
                    var other => Quote(Defused((string)other)),
                });
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The XLSX bytes: one sheet named after the table, each column as wide as it says.</summary>
    public static byte[] ToXlsx(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);

        // A DataTable keeps the header row and the column types even when there is no row at all.
        using var data = new DataTable(table.Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column.Header, column.Number ? typeof(long) : typeof(string));
        }

        foreach (var row in table.Rows)
        {
            data.Rows.Add([.. row.Select(cell => cell ?? DBNull.Value)]);
        }

        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. table.Columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width })],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(data, sheetName: table.Name, configuration: configuration);
        return stream.ToArray();
    }

    /// <summary>The download's file name: the table's name, the day and the extension.</summary>
    public static string FileName(ExportTable table, DateOnly day, string extension)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Name + "-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "." + extension;
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    // A text cell that a spreadsheet would take for a formula (=, +, -, @, tab, CR) is written with a leading
    // apostrophe, so that opening an export never runs what someone typed into a title (CSV injection).
    private static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
