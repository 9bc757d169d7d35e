using Chujing.Web.Assessment;
using Chujing.Web.Filings;
using Chujing.Web.Lists;
using Chujing.Web.Localization;

namespace Chujing.Web.Evidence;

/// <summary>
/// The evidence records as exported (CSV, XLSX): countries, zone groups and scenarios by name (the scenario's id in a
/// column of its own), persons and leaves as numbers.
/// </summary>
public static class ExportRecordExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("出境时间 Time", 18),
        new("数据处理者 Processor", 30),
        new("统一社会信用代码 USCC", 22),
        new("自贸组团 Zone group", 12),
        new("备案编号 Filing", 14),
        new("境外接收方 Recipient", 30),
        new("国家或地区 Country", 16),
        new("业务场景 Scenario", 36),
        new("场景编号 Scenario id", 28),
        new("人数 Persons", 10, number: true),
        new("敏感个人信息 Sensitive", 12),
        new("存证叶子 Leaf", 10, number: true),
        new("树大小 Tree size", 10, number: true),
        new("入库时间 Recorded", 18),
    ];

    public static ExportTable Table(IReadOnlyList<ExportRecordView> records, CatalogNames names)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(names);
        return new ExportTable("存证记录", Columns, [.. records.Select(r => new object?[]
        {
            FilingExport.Time(r.Time),
            r.ProcessorName,
            r.Processor,
            ZoneGroups.Name(r.ZoneGroup, english: false),
            r.Filing,
            r.Recipient,
            CountryNames.Of(r.Country, english: false),
            r.Scenario is null ? null : names.ScenarioAnywhere(r.ListEdition, r.Scenario, english: false),
            r.Scenario,
            r.Persons,
            r.Sensitive ? "是" : "否",
            r.LeafIndex,
            r.TreeSize,
            FilingExport.Time(r.RecordedAt),
        })]);
    }
}
