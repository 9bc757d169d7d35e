using System.Text;
using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;
using Chujing.Scanning.Csv;

namespace Chujing.Scanning.Tests.Csv;

/// <summary>Malformed rows that used to swallow the rest of a file silently, or crash the scan.</summary>
public sealed class CsvRowFaultTests : IDisposable
{
    private const int MaxRowLength = 16 * 1024 * 1024;

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scan_UnclosedQuote_DoesNotDropRowsSilently_WarnsWithTheLineItOpensOn(bool standardInput)
    {
        var text = Rows(20, row => row == 3 ? "\"未闭合" : "备注" + row);
        var report = Scan(text, standardInput);
        Assert.Equal(4, report.Rows);
        var warning = Assert.Single(report.Warnings);
        Assert.Contains("line 5: a quote opens here and the quotes after it do not pair up before the end of the file, so lines 5-21", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_QuoteOpenToTheEnd_OnTheFirstRow_WarnsInsteadOfReportingOneRowSilently()
    {
        var report = Scan(Rows(20, row => row == 0 ? "\"open" : "\"a" + row + "\""), standardInput: false);
        Assert.Contains(report.Warnings, w => w.Contains("line 2: a quote opens here and the quotes after it do not pair up", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_StrayQuoteClosedManyRowsLater_WarnsThatRowsWereReadAsOneField()
    {
        var report = Scan(Rows(20, row => row switch { 3 => "\"未闭合", 9 => "x\"", _ => "备注" + row }), standardInput: false);
        Assert.Contains(report.Warnings, w => w.Contains("line 5: a quoted field runs to line 11", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_QuotedMultiLineNote_IsNotAFault()
    {
        var report = Scan(Rows(5, row => row == 2 ? "\"第一行\n第二行\"" : "备注" + row), standardInput: false);
        Assert.Equal(5, report.Rows);
        Assert.Empty(report.Warnings);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1500, 1502)]
    public void Scan_RowOverTheParserLimit_IsInvalidInputNamingTheLine_NotACrash(int rowsBefore, int line)
    {
        var text = new StringBuilder(Rows(rowsBefore, row => "备注" + row));
        text.Append("张三,13800138000,").Append('x', MaxRowLength + 1024).Append("\n李四,13800138001,备注\n");
        var path = _files.Write("huge.csv", Encoding.UTF8.GetBytes(text.ToString()));
        using var reader = CsvTableReader.Open(path);
        var e = Assert.Throws<InvalidInputException>(() => Scanner.Scan(reader, new ScanOptions()));
        Assert.Equal(line, e.Diagnostics[0].Line);
        Assert.Equal(path, e.Diagnostics[0].Source);
    }

    [Fact]
    public void Scan_UnclosedQuoteBeforeManyMegabytes_IsInvalidInputNamingTheLine_NotACrash()
    {
        var text = new StringBuilder(Rows(2, row => "备注" + row)).Append("张三,13800138000,\"");
        for (var i = 0; text.Length < MaxRowLength + 1024; i++)
        {
            text.Append("李四,13800138001,备注\n");
        }

        using var reader = CsvTableReader.Open(_files.Write("open.csv", Encoding.UTF8.GetBytes(text.ToString())));
        var e = Assert.Throws<InvalidInputException>(() => Scanner.Scan(reader, new ScanOptions()));
        Assert.Equal(4, e.Diagnostics[0].Line);
    }

    private static string Rows(int count, Func<int, string> note)
    {
        var text = new StringBuilder("姓名,手机号,备注\n");
        for (var row = 0; row < count; row++)
        {
            text.Append('张').Append(row).Append(",1380013").Append(row.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(note(row)).Append('\n');
        }

        return text.ToString();
    }

    private ScanReport Scan(string text, bool standardInput)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var reader = standardInput ? CsvTableReader.Open("-", new MemoryStream(bytes)) : CsvTableReader.Open(_files.Write("q.csv", bytes));
        return Scanner.Scan(reader, new ScanOptions());
    }
}
