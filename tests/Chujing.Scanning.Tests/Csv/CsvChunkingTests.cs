using System.Text;
using Chujing.Domain.Classification;
using Chujing.Scanning.Csv;

namespace Chujing.Scanning.Tests.Csv;

/// <summary>The parallel byte-range scan of a file against the sequential scan of the same bytes from standard input.</summary>
public sealed class CsvChunkingTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Scan_FileOfManyChunksWithQuotedNewlines_EqualsTheSequentialScan()
    {
        // About 12 MB: at least two byte ranges (4 MB at least each). Every 7th row has a remark with quoted newlines and escaped quotes,
        // so that range boundaries fall inside quoted fields; one ragged row sits near the end.
        var random = new Random(5);
        var text = new StringBuilder("身份证号,手机号,备注\n");
        var rows = 0;
        while (text.Length < 10_000_000)
        {
            var remark = rows % 7 == 0 ? "\"第一行\n第二行 \"\"引号\"\"\n第三行\"" : "普通备注";
            text.Append("11010519491231002X,1").Append("38").Append(random.Next(10_000_000, 99_999_999)).Append(',').Append(remark).Append('\n');
            rows++;
        }

        text.Append("440304199001011233,13800138000\n");
        rows++;
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var path = _files.Write("big.csv", bytes);

        ScanReport chunked;
        using (var reader = CsvTableReader.Open(path))
        {
            Assert.True(reader.ScansFromStart);
            chunked = Scanner.Scan(reader, new ScanOptions());
        }

        ScanReport sequential;
        using (var input = new MemoryStream(bytes))
        using (var reader = CsvTableReader.Open("-", input))
        {
            Assert.False(reader.ScansFromStart);
            sequential = Scanner.Scan(reader, new ScanOptions());
        }

        Assert.Equal(rows, chunked.Rows);
        Assert.Equal(sequential.Rows, chunked.Rows);
        Assert.Equal(sequential.Persons.Distinct, chunked.Persons.Distinct);
        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(sequential.Columns[c].Values, chunked.Columns[c].Values);
            Assert.Equal(sequential.Columns[c].Types.Select(t => (t.Type, t.Matches)), chunked.Columns[c].Types.Select(t => (t.Type, t.Matches)));
        }

        var lastLine = text.ToString().Count(ch => ch == '\n');
        var expected = $"line {lastLine}: 2 fields, the header has 3";
        Assert.Contains(sequential.Warnings, w => w.EndsWith(expected, StringComparison.Ordinal));
        Assert.Contains(chunked.Warnings, w => w.EndsWith(expected, StringComparison.Ordinal));
    }
}
