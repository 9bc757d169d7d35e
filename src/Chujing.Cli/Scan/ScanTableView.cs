using System.Globalization;
using Chujing.Classification;
using Spectre.Console;

namespace Chujing.Cli.Scan;

/// <summary>The human-readable scan report: one line per column, then the row and person counts.</summary>
internal static class ScanTableView
{
    public static void Write(IAnsiConsole console, ScanReport report)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("列 Column");
        table.AddColumn("类型 Type");
        table.AddColumn(new TableColumn("匹配 Matches").RightAligned());
        table.AddColumn(new TableColumn("比例 Ratio").RightAligned());
        table.AddColumn("敏感 Sensitive");
        table.AddColumn("字段 Fields");
        foreach (var column in report.Columns)
        {
            var top = column.Types.Count > 0 ? column.Types[0] : null;
            var types = column.Types.Count == 0 ? "[grey]—[/]" : Markup.Escape(string.Join(", ", column.Types.Select(t => t.Type)));
            table.AddRow(
                Markup.Escape(column.Name),
                types,
                top is null ? string.Empty : top.Matches.ToString("N0", CultureInfo.InvariantCulture) + (top.Suspect > 0 ? $" (+{top.Suspect.ToString("N0", CultureInfo.InvariantCulture)} suspect)" : string.Empty),
                top is null ? string.Empty : top.Ratio.ToString("P1", CultureInfo.InvariantCulture),
                column.Sensitive ? "[red]是 yes[/]" : column.Personal && column.Types.Count > 0 ? "否 no" : string.Empty,
                Markup.Escape(string.Join(", ", column.Fields)));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"行 Rows: [bold]{report.Rows:N0}[/]   去重人数 Distinct persons: [bold]{report.Persons.Distinct:N0}[/]{(report.Persons.Identifiers.Count > 0 ? " (" + Markup.Escape(string.Join(" > ", report.Persons.Identifiers)) + ")" : string.Empty)}"));
    }
}
