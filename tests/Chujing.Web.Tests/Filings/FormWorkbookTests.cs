using System.Globalization;
using System.Text.Json.Nodes;
using Chujing.Web.Demo;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Chujing.Web.Tests.Filings;

/// <summary>
/// The filing's Excel form as a person reads it in a spreadsheet. Regressions: the year's added counts were one text
/// cell ("1,200 / 9,000") where every other count is a number; counts had no thousands format; the legal-basis sheet
/// named each rule by its id (beijing-ftz/2024#applies) instead of its title.
/// </summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class FormWorkbookTests(SqlitePlatformFixture platform)
{
    private static readonly string[] CountLabels =
        ["个人信息人数（年）", "敏感个人信息人数（年）", "本年加计人数（个人信息）", "本年加计人数（敏感个人信息）", "境外保存期限（月）"];

    [Fact]
    public async Task FormXlsx_YearAddedCounts_AreTwoNumberCellsFormattedLikeEveryOtherCount()
    {
        var (client, id) = await ApprovedFilingAsync();
        var sheet = Sheet.Read(await client.GetByteArrayAsync($"api/filings/{id}/form.xlsx"), "备案表");
        var year = sheet.Rows.Where(r => r[0].Text.StartsWith("本年加计人数", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, year.Count);
        foreach (var label in CountLabels)
        {
            var value = sheet.Rows.Single(r => r[0].Text == label)[2];
            Assert.True(value.IsNumber, $"{label}: '{value.Text}' is a number, not text");
            Assert.Equal("#,##0", value.Format);
        }
    }

    [Fact]
    public async Task FormXlsx_BasisSheet_NamesEachRuleByItsTitleNotItsId()
    {
        var (client, id) = await ApprovedFilingAsync();
        var basis = JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}"))!["basis"]!.AsArray();
        var ids = basis.Select(b => (string)b!["rule"]!).ToHashSet(StringComparer.Ordinal);
        var sheet = Sheet.Read(await client.GetByteArrayAsync($"api/filings/{id}/form.xlsx"), "法律依据");
        Assert.Equal("规则 Rule", sheet.Header[0].Text);
        Assert.All(sheet.Rows.SelectMany(r => r), c => Assert.DoesNotContain(c.Text, ids));
        var titles = basis.Select(b => (string)b!["title"]!).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Contains(sheet.Rows, r => r[0].Text == t));
    }

    private async Task<(HttpClient Client, string Id)> ApprovedFilingAsync()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var filings = JsonNode.Parse(await client.GetStringAsync("api/filings"))!.AsArray();
        return (client, (string)filings.First(f => (string?)f!["scenario"] == "bj-pharma-clinical-trial" && (string?)f["status"] == "approved")!["id"]!);
    }

    private sealed record Cell(string Text, bool IsNumber, string? Format);

    private sealed record Sheet(List<Cell> Header, List<List<Cell>> Rows)
    {
        public static Sheet Read(byte[] bytes, string name)
        {
            using var stream = new MemoryStream(bytes);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart!;
            var id = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name).Id!.Value!;
            var part = (WorksheetPart)workbook.GetPartById(id);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var styles = workbook.WorkbookStylesPart?.Stylesheet;
            var formats = styles?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
            var custom = styles?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value) ?? [];
            string? FormatOf(uint? style)
            {
                if (style is not { } s || s >= formats.Count || formats[(int)s].NumberFormatId?.Value is not { } numFmt)
                {
                    return null;
                }

                // 3 is the built-in #,##0 (ECMA-376 18.8.30).
                return numFmt == 3 ? "#,##0" : custom.GetValueOrDefault(numFmt);
            }

            Cell Read(DocumentFormat.OpenXml.Spreadsheet.Cell c)
            {
                var type = c.DataType?.Value;
                var format = FormatOf(c.StyleIndex?.Value);
                if (type == CellValues.SharedString)
                {
                    return new Cell(shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)], false, format);
                }

                if (type == CellValues.InlineString || type == CellValues.String)
                {
                    return new Cell(c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty, false, format);
                }

                return new Cell(c.CellValue?.Text ?? string.Empty, c.CellValue is not null && (type is null || type == CellValues.Number), format);
            }

            var rows = part.Worksheet.Descendants<Row>().Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(Read).ToList()).ToList();
            return new Sheet(rows[0], rows[1..]);
        }
    }
}
