using System.Globalization;
using Chujing.Domain.Catalog;
using MiniExcelLibs;

namespace Chujing.Web.Editions;

/// <summary>
/// An edition as the workbook regulators keep lists in: one row per item (领域, 场景, 条目编号, 类型, 数据类别,
/// 数据基本特征, 数据项示例, 门槛, 出境路径, 依据). A 门槛 cell holds one band a line, each with its note after
/// <see cref="NoteSeparator"/>. <see cref="EditionWorkbookReader"/> reads such a workbook back into a draft.
/// </summary>
public static class EditionWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Sheet = "清单";

    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns = ["领域", "场景", "条目编号", "类型", "数据类别", "数据基本特征", "数据项示例", "门槛", "出境路径", "依据"];

    /// <summary>Text of a scenario cell for items written at domain level.</summary>
    public const string DomainLevel = "（领域通用）";

    internal static readonly (Pathway Pathway, string Text)[] PathwayTexts =
    [
        (Pathway.Exempt, "免予申报"),
        (Pathway.StandardContractOrCertification, "标准合同备案或个人信息保护认证"),
        (Pathway.SecurityAssessment, "数据出境安全评估"),
        (Pathway.OtherLawfulRoute, "依其他法律规定"),
    ];

    internal const string UnknownPathway = "未获公开来源";

    /// <summary>The rows, each a column → cell text map.</summary>
    public static IReadOnlyList<Dictionary<string, object>> Rows(CatalogEdition edition)
    {
        var rows = new List<Dictionary<string, object>>();
        foreach (var domain in edition.Domains)
        {
            foreach (var (scenario, item) in domain.Scenarios.SelectMany(s => s.Items.Select(i => (s.Name, i))).Concat(domain.Items.Select(i => (DomainLevel, i))))
            {
                rows.Add(Row(domain.Name, scenario, item.Id, item.Kind, item.Name, item.Description, string.Join("、", item.Fields.Select(f => f.Name)),
                    string.Join("\n", item.Thresholds.Select(BandText)), item.Pathway, item.Citation));
            }
        }

        foreach (var category in edition.Categories)
        {
            foreach (var sub in category.Subcategories)
            {
                rows.Add(Row(category.Name, string.Empty, sub.Id, sub.Kind, sub.Name, sub.Features, string.Join("；", sub.Examples), string.Empty, sub.Pathway, sub.Citation));
            }
        }

        return rows;
    }

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Create(CatalogEdition edition)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [Sheet] = Rows(edition) });
        return stream.ToArray();
    }

    /// <summary>Between a band and its note in a 门槛 cell: <c>sensitive 不满 50,000 → standard-contract-or-certification；注：…</c>.</summary>
    internal const string NoteSeparator = "；注：";

    /// <summary>A band as a line of its 门槛 cell, with its note (where the figure comes from) when it has one.</summary>
    internal static string BandText(Threshold band) => band.Note is { } note ? band + NoteSeparator + note.ReplaceLineEndings(" ") : band.ToString();

    internal static string KindText(ItemKind kind) => kind == ItemKind.ImportantData ? "重要数据" : "个人信息";

    internal static string PathwayText(Pathway? pathway) => pathway is { } p ? PathwayTexts.Single(t => t.Pathway == p).Text : UnknownPathway;

    private static Dictionary<string, object> Row(string domain, string scenario, string id, ItemKind kind, string name, string? features, string examples, string thresholds, Pathway? pathway, string citation)
    {
        string[] cells = [domain, scenario, id, KindText(kind), name, features ?? string.Empty, examples, thresholds, PathwayText(pathway), citation];
        var row = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Length; i++)
        {
            row[Columns[i]] = cells[i];
        }

        return row;
    }

    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
