using Chujing.Domain.Classification;
using Chujing.Scanning.Xlsx;
using MiniExcelLibs;

namespace Chujing.Scanning.Tests.Xlsx;

public sealed class XlsxTableReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Scan_EverySheet_IsReadWithSheetQualifiedColumns()
    {
        var path = _files.PathOf("book.xlsx");
        var sheets = new Dictionary<string, object>
        {
            ["客户"] = new[] { new Dictionary<string, object> { ["姓名"] = "张三", ["身份证号"] = "11010519491231002X" } },
            ["联系"] = new[]
            {
                new Dictionary<string, object> { ["手机号"] = "13800138000" },
                new Dictionary<string, object> { ["手机号"] = "15912345678" },
            },
        };
        MiniExcel.SaveAs(path, sheets);
        using var reader = XlsxTableReader.Open(path);
        Assert.Equal(["客户!姓名", "客户!身份证号", "联系!手机号"], reader.Columns);
        var report = Scanner.Scan(reader, new ScanOptions());
        Assert.Equal(3, report.Rows);
        Assert.Equal("cn-mobile", report.Columns[2].Types[0].Type);
        Assert.Equal(3, report.Persons.Distinct);
    }
}
