using System.Globalization;
using Chujing.Domain.Catalog;
using Chujing.Domain.Filings;

namespace Chujing.Web.Filings;

/// <summary>
/// The printable filing form (数据出境备案表) as label–value rows, shared by the HTML print page and the XLSX
/// workbook so that both carry the same content: the registered scope, the assessment and its legal basis.
/// </summary>
public static class FilingForm
{
    /// <summary>The form's rows: Chinese label, English label, value.</summary>
    public static IReadOnlyList<(string Label, string LabelEn, string Value)> Rows(FilingView f) =>
    [
        ("备案编号", "Filing id", f.Id),
        ("状态", "Status", FilingNames.Of(f.Status)),
        ("数据处理者", "Processor", f.ProcessorName),
        ("统一社会信用代码", "USCC", f.Processor),
        ("自贸组团", "Zone group", f.ZoneGroup),
        ("名称", "Title", f.Title),
        ("清单版本", "List edition", f.ListEdition),
        ("业务场景", "Scenario", f.Scenario),
        ("出境字段", "Fields", string.Join("、", f.Fields)),
        ("境外接收方", "Recipients", string.Join("；", f.Recipients.Select(r => $"{r.Name} ({r.Country})"))),
        ("出境目的", "Purpose", f.Purpose),
        ("含重要数据", "Important data", f.ImportantData ? "是 yes" : "否 no"),
        ("个人信息人数（年）", "Persons, personal (per year)", f.Persons.Personal.ToString("N0", CultureInfo.InvariantCulture)),
        ("敏感个人信息人数（年）", "Persons, sensitive (per year)", f.Persons.Sensitive.ToString("N0", CultureInfo.InvariantCulture)),
        ("本年加计人数（个人信息／敏感）", "Added from the processor's year (personal / sensitive)", $"{f.YearPersons.Personal.ToString("N0", CultureInfo.InvariantCulture)} / {f.YearPersons.Sensitive.ToString("N0", CultureInfo.InvariantCulture)}"),
        ("境外保存期限（月）", "Retention (months)", f.RetentionMonths.ToString(CultureInfo.InvariantCulture)),
        ("安全保护措施", "Security measures", f.SecurityMeasures),
        ("有效期", "Validity", $"{f.ValidFrom:yyyy-MM-dd} – {f.ValidUntil:yyyy-MM-dd}"),
        ("评估结论", "Assessment pathway", f.Pathway?.ToName() ?? "—"),
        ("尚需办理", "Still required", f.StillRequired is { } r ? r.Text + "（" + r.Citation + "）" : "—"),
        ("评估结果／备案编号", "Result / filing number", f.PathwayReference is null ? "—" : $"{f.PathwayReference} ({f.PathwayDate:yyyy-MM-dd})"),
        ("评估是否过期", "Out of date", f.OutOfDate ? "是 yes → " + f.ReassessedPathway?.ToName() : "否 no"),
        ("审核意见", "Review note", f.ReviewNote ?? "—"),
    ];

    /// <summary>The decision's legal basis: rule, title, citation, explanation (empty when there is no decision).</summary>
    public static IReadOnlyList<FilingBasisView> Basis(FilingView f) => f.Basis;
}
