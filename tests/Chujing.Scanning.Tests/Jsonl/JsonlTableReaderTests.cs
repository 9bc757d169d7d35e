using System.Text;
using Chujing.Domain.Classification;
using Chujing.Scanning.Jsonl;

namespace Chujing.Scanning.Tests.Jsonl;

public sealed class JsonlTableReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Scan_NestedObjects_AreFlattenedToDottedPaths()
    {
        var text = """
            {"customer": {"name": "张三", "ids": {"idCard": "11010519491231002X"}}, "phones": ["13800138000"], "amount": 12.5}
            {"customer": {"name": "李四", "ids": {"idCard": "440304199001011233"}}, "phones": ["15912345678", "13800138000"], "amount": 3}

            not json
            """;
        using var reader = JsonlTableReader.Open(_files.Write("a.jsonl", Encoding.UTF8.GetBytes(text)));
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Equal(2, report.Rows);
        var columns = report.Columns.ToDictionary(c => c.Name);
        Assert.Equal("cn-resident-id", columns["customer.ids.idCard"].Types[0].Type);
        Assert.Equal("cn-mobile", columns["phones[0]"].Types[0].Type);
        Assert.Contains("phones[1]", columns.Keys);
        Assert.Contains(report.Warnings, w => w.Contains("line 4: not valid JSON", StringComparison.Ordinal));
        Assert.Equal(2, report.Persons.Distinct);
    }

    [Fact]
    public void Scan_KeyFirstSeenAfterTheSample_IsReportedNotClassified()
    {
        var lines = string.Concat(Enumerable.Repeat("{\"mobile\": \"13800138000\"}\n", 3)) + "{\"mobile\": \"13800138000\", \"late\": \"x\"}\n";
        using var reader = JsonlTableReader.Open(_files.Write("b.jsonl", Encoding.UTF8.GetBytes(lines)));
        var report = Scanner.Scan(reader, new ScanOptions { SampleRows = 2 });
        Assert.Equal(4, report.Rows);
        Assert.Contains(report.Warnings, w => w.Contains("line 4: key 'late'", StringComparison.Ordinal));
    }
}
