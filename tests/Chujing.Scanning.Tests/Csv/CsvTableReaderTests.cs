using System.Text;
using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;
using Chujing.Scanning.Csv;

namespace Chujing.Scanning.Tests.Csv;

public sealed class CsvTableReaderTests : IDisposable
{
    private const string Sample = "姓名,身份证号,手机号\n张三,11010519491231002X,13800138000\n李四,440304199001011233,15912345678\n";
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("gb18030")]
    public void Open_EveryEncoding_ReadsTheChineseHeaderAndCells(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Sample),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)],
            _ => TextEncodingSniffer.Gb18030.GetBytes(Sample),
        };
        var path = _files.Write("a.csv", bytes);
        using (var first = CsvTableReader.Open(path))
        {
            Assert.True(first.Read());
            Assert.Equal("张三", first.Cell(0).ToString());
        }

        using var reader = CsvTableReader.Open(path);
        Assert.Equal(["姓名", "身份证号", "手机号"], reader.Columns);
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Equal(2, report.Rows);
        Assert.Equal("cn-resident-id", report.Columns[1].Types[0].Type);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void Open_OtherSeparators_AreInferredFromTheHeader(char separator)
    {
        using var reader = CsvTableReader.Open(_files.Write("s.csv", Encoding.UTF8.GetBytes(Sample.Replace(',', separator))));
        Assert.Equal(separator, reader.Separator);
        Assert.Equal(3, reader.Columns.Count);
    }

    [Fact]
    public void Scan_RaggedRow_WarnsWithItsLineNumber()
    {
        using var reader = CsvTableReader.Open(_files.Write("r.csv", Encoding.UTF8.GetBytes(Sample + "王五,11010519491231002X\n")));
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Equal(3, report.Rows);
        Assert.Contains(report.Warnings, w => w.Contains("line 4: 2 fields, the header has 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_EmptyFile_IsInvalidInput()
    {
        var e = Assert.Throws<InvalidInputException>(() => CsvTableReader.Open(_files.Write("e.csv", [])));
        Assert.Contains("empty", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_HeaderOnly_GivesZeroRowsAndNoTypes()
    {
        using var reader = CsvTableReader.Open(_files.Write("h.csv", Encoding.UTF8.GetBytes("姓名,身份证号\n")));
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Equal(0, report.Rows);
        Assert.All(report.Columns, c => Assert.Empty(c.Types));
        Assert.Equal(0, report.Persons.Distinct);
    }

    [Fact]
    public void Open_BinaryFile_IsInvalidInput()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);
        bytes[10] = 0;
        var e = Assert.Throws<InvalidInputException>(() => CsvTableReader.Open(_files.Write("b.bin", bytes)));
        Assert.Contains("binary", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Utf8FileWithGbkBytesLater_WarnsWithTheLineNumber()
    {
        var head = Encoding.UTF8.GetBytes(Sample);
        var filler = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("赵六,11010519491231002X,13800138000\n", 3000)));
        var gbk = TextEncodingSniffer.Gb18030.GetBytes("钱七,11010519491231002X,13800138000\n");
        using var reader = CsvTableReader.Open(_files.Write("m.csv", [.. head, .. filler, .. gbk]));
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Contains(report.Warnings, w => w.Contains("line 3004", StringComparison.Ordinal) && w.Contains("utf-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_UnterminatedQuote_WarnsInsteadOfFailing()
    {
        using var reader = CsvTableReader.Open(_files.Write("q.csv", Encoding.UTF8.GetBytes(Sample + "\"王五,11010519491231002X,13800138000\n赵六,1,2\n")));
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Contains(report.Warnings, w => w.Contains("line 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_TenMegabyteLine_IsReadWithoutFailing()
    {
        var big = new string('x', 10 * 1024 * 1024);
        using var reader = CsvTableReader.Open(_files.Write("big.csv", Encoding.UTF8.GetBytes(Sample + "王五," + big + ",13800138000\n")));
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Equal(3, report.Rows);
    }

    [Fact]
    public void Scan_MixedSeparators_WarnsAboutTheRowsThatDoNotSplit()
    {
        using var reader = CsvTableReader.Open(_files.Write("x.csv", Encoding.UTF8.GetBytes(Sample + "王五;11010519491231002X;13800138000\n")));
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Contains(report.Warnings, w => w.Contains("line 4: 1 fields", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_StandardInput_IsSniffedLikeAFile()
    {
        using var input = new MemoryStream(TextEncodingSniffer.Gb18030.GetBytes(Sample));
        using var reader = CsvTableReader.Open("-", input);
        Assert.Equal("stdin", reader.Source);
        Assert.Equal("姓名", reader.Columns[0]);
    }
}
