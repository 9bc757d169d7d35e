using Chujing.Web.Assessment;
using Chujing.Web.Filings;
using Chujing.Web.Lists;
using Chujing.Web.Localization;

namespace Chujing.Web.Audit;

/// <summary>
/// The audit log as exported (CSV, XLSX): kinds, actions, properties and coded values by their labels, each change as
/// 属性：前 → 后; the kind's and the action's codes in the last two columns, for filtering in a spreadsheet.
/// </summary>
public static class AuditExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("时间 When", 18),
        new("操作人 Who", 28),
        new("对象类型 Kind", 14),
        new("对象 What", 22),
        new("操作 Action", 16),
        new("自贸组团 Zone group", 12),
        new("变更内容 Changes", 90),
        new("对象类型代码 Kind code", 14),
        new("操作代码 Action code", 16),
    ];

    public static ExportTable Table(IReadOnlyList<AuditEntryView> entries, CatalogNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new ExportTable("审计日志", Columns, [.. entries.Select(a => new object?[]
        {
            FilingExport.Time(a.At),
            AuditLabels.Actor(a.Actor, english: false),
            AuditLabels.Entity(a.Entity, english: false),
            a.EntityId,
            AuditLabels.Action(a.Action, english: false),
            a.ZoneGroup is null ? null : ZoneGroups.Name(a.ZoneGroup, english: false),
            Clip(string.Join("\n", AuditLabels.Changes(a, english: false, names).Select(c => $"{c.Property}：{c.Before ?? "∅"} → {c.After ?? "∅"}"))),
            a.Entity,
            a.Action,
        })]);
    }

    // A spreadsheet cell holds at most 32,767 characters.
    private static string Clip(string text) => text.Length <= CellLimit ? text : text[..(CellLimit - 1)] + "…";

    private const int CellLimit = 32_000;
}
