using System.Globalization;
using Chujing.Domain.Catalog;
using Chujing.Domain.Filings;
using Chujing.Web.Assessment;
using Chujing.Web.Localization;

namespace Chujing.Web.Filings;

/// <summary>
/// The printable filing form (数据出境备案表) as label–value rows, shared by the HTML print page and the XLSX
/// workbook so that both carry the same content: the registered scope, the assessment and its legal basis.
/// </summary>
public static class FilingForm
{
    /// <summary>
    /// The form's rows, every value as a person reads it: labels instead of codes (status, zone group, edition,
    /// scenario, fields, countries, pathway, yes/no), counts with thousands separators. Chinese values, or English
    /// ones when <paramref name="english"/>.
    /// </summary>
    public static IReadOnlyList<FormRow> Rows(FilingView f, CatalogNames names, bool english)
    {
        string T(string key) => UiText.In(key, english);
        return
        [
            new("备案编号", "Filing id", f.Id),
            new("状态", "Status", T("status." + FilingNames.Of(f.Status))),
            new("数据处理者", "Processor", f.ProcessorName),
            new("统一社会信用代码", "USCC", f.Processor),
            new("自贸组团", "Zone group", ZoneGroups.Name(f.ZoneGroup, english)),
            new("名称", "Title", f.Title),
            new("清单版本", "List edition", names.Edition(f.ListEdition, english)),
            new("业务场景", "Scenario", names.Scenario(f.ListEdition, f.Scenario, english)),
            new("出境字段", "Fields", f.Fields.Count == 0 ? "—" : string.Join(english ? ", " : "、", f.Fields.Select(x => names.Field(f.ListEdition, x, english)))),
            new("境外接收方", "Recipients", string.Join(english ? "; " : "；", f.Recipients.Select(r => english ? $"{r.Name} ({CountryNames.Of(r.Country, true)})" : $"{r.Name}（{CountryNames.Of(r.Country, false)}）"))),
            new("出境目的", "Purpose", f.Purpose),
            new("含重要数据", "Important data", T(f.ImportantData ? "yes" : "no")),
            new("个人信息人数（年）", "Persons, personal (per year)", f.Persons.Personal.ToString("N0", CultureInfo.InvariantCulture), f.Persons.Personal),
            new("敏感个人信息人数（年）", "Persons, sensitive (per year)", f.Persons.Sensitive.ToString("N0", CultureInfo.InvariantCulture), f.Persons.Sensitive),
            new("本年加计人数（个人信息）", "Added from the processor's year, personal", f.YearPersons.Personal.ToString("N0", CultureInfo.InvariantCulture), f.YearPersons.Personal),
            new("本年加计人数（敏感个人信息）", "Added from the processor's year, sensitive", f.YearPersons.Sensitive.ToString("N0", CultureInfo.InvariantCulture), f.YearPersons.Sensitive),
            new("境外保存期限（月）", "Retention (months)", f.RetentionMonths.ToString("N0", CultureInfo.InvariantCulture), f.RetentionMonths),
            new("安全保护措施", "Security measures", f.SecurityMeasures),
            new("有效期", "Validity", $"{f.ValidFrom:yyyy-MM-dd} – {f.ValidUntil:yyyy-MM-dd}"),
            new("评估结论", "Assessment pathway", f.Pathway is { } pathway ? T("pathway." + pathway.ToName()) : "—"),
            new("尚需办理", "Still required", f.StillRequired is { } r ? r.Describe(english) : "—"),
            new("评估结果／备案编号", "Result / filing number", f.PathwayReference is null ? "—" : $"{f.PathwayReference} ({f.PathwayDate:yyyy-MM-dd})"),
            new("评估是否过期", "Out of date", f.OutOfDate ? T("yes") + (f.ReassessedPathway is { } now ? " → " + T("pathway." + now.ToName()) : string.Empty) : T("no")),
            new("审核意见", "Review note", f.ReviewNote ?? "—"),
        ];
    }

    /// <summary>The decision's legal basis: rule, title, citation, explanation (empty when there is no decision).</summary>
    public static IReadOnlyList<FilingBasisView> Basis(FilingView f) => f.Basis;
}
