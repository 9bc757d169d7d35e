using System.Text;
using Chujing.Web.Lists;

namespace Chujing.Web.Tests.Lists;

/// <summary>The CSV and XLSX writers of the lists' exports, on tables made here.</summary>
public sealed class TableExportTests
{
    private static readonly ExportColumn[] Columns = [new("名称 Title", 30), new("人数 Persons", 10, number: true)];

    [Fact]
    public void ToCsv_TextWithCommasQuotesAndFormulas_QuotedAndDefused()
    {
        var table = new ExportTable("测试", Columns, [["甲,乙", 1L], ["say \"hi\"", 22L], ["=HYPERLINK(\"x\")", null], ["-1", 3L]]);
        var bytes = TableExport.ToCsv(table);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "名称 Title,人数 Persons\r\n\"甲,乙\",1\r\n\"say \"\"hi\"\"\",22\r\n\"'=HYPERLINK(\"\"x\"\")\",\r\n'-1,3\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void ExportTable_NumberColumnHoldingText_Refused() =>
        Assert.Throws<ArgumentException>(() => new ExportTable("测试", Columns, [["x", "12"]]));

    [Fact]
    public void ToXlsx_FormulaLikeText_StaysText()
    {
        var table = new ExportTable("测试", Columns, [["=1+1", 5L]]);
        using var stream = new MemoryStream(TableExport.ToXlsx(table));
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>());
        Assert.Equal("测试", document.WorkbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value);
    }
}
