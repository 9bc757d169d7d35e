using System.Globalization;
using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
using Chujing.Domain.Filings;
using Chujing.Web.Assessment;
using Chujing.Web.Lists;
using Chujing.Web.Localization;

namespace Chujing.Web.Filings;

/// <summary>The filings list as exported (CSV, XLSX): labels as the page shows them, never codes; counts as numbers.</summary>
public static class FilingExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("备案编号 Filing", 14),
        new("名称 Title", 36),
        new("数据处理者 Processor", 30),
        new("统一社会信用代码 USCC", 22),
        new("自贸组团 Zone group", 12),
        new("清单版本 List edition", 40),
        new("业务场景 Scenario", 30),
        new("状态 Status", 12),
        new("出境路径 Pathway", 24),
        new("个人信息人数 Persons", 14, number: true),
        new("敏感个人信息人数 Sensitive persons", 16, number: true),
        new("境外接收方 Recipients", 40),
        new("有效期起 Valid from", 12),
        new("有效期止 Valid until", 12),
        new("创建时间 Created", 18),
        new("更新时间 Updated", 18),
    ];

    public static ExportTable Table(IReadOnlyList<FilingView> filings, CatalogNames names)
    {
        ArgumentNullException.ThrowIfNull(filings);
        ArgumentNullException.ThrowIfNull(names);
        return new ExportTable("备案", Columns, [.. filings.Select(f => Row(f, names))]);
    }

    private static object?[] Row(FilingView f, CatalogNames names) =>
    [
        f.Id,
        f.Title,
        f.ProcessorName,
        f.Processor,
        ZoneGroups.Name(f.ZoneGroup, english: false),
        names.Edition(f.ListEdition, english: false),
        names.Scenario(f.ListEdition, f.Scenario, english: false),
        UiText.In("status." + FilingNames.Of(f.Status), english: false),
        f.Pathway is { } p ? UiText.In("pathway." + p.ToName(), english: false) : null,
        f.Persons.Personal,
        f.Persons.Sensitive,
        string.Join("；", f.Recipients.Select(r => r.Name + "（" + CountryNames.Of(r.Country, english: false) + "）")),
        Day(f.ValidFrom),
        Day(f.ValidUntil),
        Time(f.CreatedAt),
        Time(f.UpdatedAt),
    ];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Time(DateTimeOffset at) => RegulatoryCalendar.Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
