using System.Globalization;
using Chujing.Domain.Catalog;
using Chujing.Domain.Classification;
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
            var suspect = column.Weak.FirstOrDefault(t => t.Suspect > 0);
            var types = column.Types.Count > 0 ? Markup.Escape(string.Join(", ", column.Types.Select(t => t.Type)))
                : suspect is null ? "[grey]—[/]"
                : "[grey]— (" + Markup.Escape(suspect.Type) + ": " + suspect.Suspect.ToString("N0", CultureInfo.InvariantCulture) + " 存疑 suspect, 未计入 not counted)[/]";
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
        if (report.Files is { } files)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"文件 Files: [bold]{files.Count:N0}[/] (同名列合计 columns of the same name added up; 每个文件的列见 --json 的 files, each file's own columns are in --json files)"));
        }

        if (report.List is { } list)
        {
            WriteList(console, list);
        }
    }

    private static void WriteList(IAnsiConsole console, ListMapping list)
    {
        var fields = new Table().Border(TableBorder.Rounded).Title(Markup.Escape("清单字段 List fields — " + list.Edition + (list.Scenario is null ? string.Empty : " / " + list.Scenario)));
        fields.AddColumn("字段 Field");
        fields.AddColumn("条目 Item");
        fields.AddColumn("列 Columns");
        fields.AddColumn("依据 Evidence");
        foreach (var field in list.Fields)
        {
            fields.AddRow(Markup.Escape(field.Name + " (" + field.Id + ")"), Markup.Escape(field.Item), Markup.Escape(string.Join(", ", field.Columns)), field.Evidence);
        }

        if (list.Fields.Count == 0)
        {
            fields.AddRow("[grey]— 未发现清单字段 no list field found[/]", string.Empty, string.Empty, string.Empty);
        }

        console.Write(fields);
        if (list.Assessment is { } assessment)
        {
            console.MarkupLine("评估 Assessment: [bold]" + Markup.Escape(Labels.Of(assessment.Pathway)) + "[/]");
            foreach (var basis in assessment.Basis)
            {
                console.MarkupLine("  • " + Markup.Escape(basis.Citation + ": " + basis.Explanation));
            }
        }

        foreach (var assumption in list.Assumptions)
        {
            console.MarkupLine("[grey]  假设 Assumed: " + Markup.Escape(assumption) + "[/]");
        }
    }
}
