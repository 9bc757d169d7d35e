using System.Globalization;
using Chujing.Web.Lists;
using Chujing.Web.Localization;

namespace Chujing.Web.Statistics;

/// <summary>The statistics as exported (CSV, XLSX): one row per measure and category, totals first, counts as numbers.</summary>
public static class StatisticsExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("统计项 Measure", 32),
        new("分类 Category", 40),
        new("数量 Count", 14, number: true),
        new("日期起 From", 12),
        new("日期止 To", 12),
    ];

    public static ExportTable Table(StatisticsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var from = view.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = view.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var totals = UiText.In("statistics.totals", english: false);
        var rows = new List<object?[]>
        {
            new object?[] { totals, UiText.In("statistics.filings", english: false), view.Filings, from, to },
            new object?[] { totals, UiText.In("statistics.records", english: false), view.Records, from, to },
            new object?[] { totals, UiText.In("statistics.persons", english: false), view.Persons, from, to },
            new object?[] { totals, UiText.In("statistics.sensitive-persons", english: false), view.SensitivePersons, from, to },
        };
        rows.AddRange(view.Groups.SelectMany(g => g.Rows.Select(r => new object?[] { g.Title, r.Label, r.Count, from, to })));
        return new ExportTable("统计", Columns, rows);
    }
}
