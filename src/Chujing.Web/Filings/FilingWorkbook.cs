using Chujing.Web.Assessment;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Chujing.Web.Filings;

/// <summary>
/// The filing form as an XLSX workbook: sheet 备案表 (the form, Chinese values as on the printed form, counts as
/// numbers) and sheet 法律依据 (the assessment's basis, each rule by its title, never its id), with columns wide enough to read.
/// </summary>
public static class FilingWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Value = "内容 Value";

    private const string Rule = "规则 Rule";

    private const string RuleEn = "Rule (English)";

    // Every count of the form, as on the printed form: whole numbers with thousands separators.
    private const string CountFormat = "#,##0";

    private const string Explanation = "说明";

    private const string ExplanationEn = "Explanation";

    // A row stored without a Chinese explanation whose decision archive holds none either.
    private const string EnglishOnly = "（仅有英文说明，见右栏 English only）";

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Create(FilingView filing, CatalogNames names)
    {
        var form = FilingForm.Rows(filing, names, english: false)
            .Select(r => new Dictionary<string, object> { ["项目"] = r.Label, ["Item"] = r.LabelEn, [Value] = r.Number is { } n ? n : r.Value })
            .ToList();
        var basis = FilingForm.Basis(filing)
            .Select(b => new Dictionary<string, object>
            {
                [Rule] = names.Rule(b.Rule, b.Title, english: false),
                [RuleEn] = names.Rule(b.Rule, b.Title, english: true),
                ["依据 Citation"] = b.Citation,
                [Explanation] = b.ExplanationZh.Length > 0 ? b.ExplanationZh : EnglishOnly,
                [ExplanationEn] = b.Explanation,
            })
            .ToList();
        if (basis.Count == 0)
        {
            basis.Add(new Dictionary<string, object> { [Rule] = "—", [RuleEn] = "—", ["依据 Citation"] = "—", [Explanation] = "未附评估结论", [ExplanationEn] = "No assessment attached" });
        }

        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns =
            [
                new DynamicExcelColumn("项目") { Width = 24 },
                new DynamicExcelColumn("Item") { Width = 28 },
                new DynamicExcelColumn(Value) { Width = 80, Format = CountFormat },
                new DynamicExcelColumn(Rule) { Width = 40 },
                new DynamicExcelColumn(RuleEn) { Width = 40 },
                new DynamicExcelColumn("依据 Citation") { Width = 48 },
                new DynamicExcelColumn(Explanation) { Width = 90 },
                new DynamicExcelColumn(ExplanationEn) { Width = 90 },
            ],
        };
        var sheets = new Dictionary<string, object> { ["备案表"] = form, ["法律依据"] = basis };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: configuration);
        return stream.ToArray();
    }
}
