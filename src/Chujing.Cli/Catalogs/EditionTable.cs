using System.Globalization;
using Chujing.Catalog;
using Spectre.Console;

namespace Chujing.Cli.Catalogs;

/// <summary>The human-readable form of <c>catalog show</c>.</summary>
internal static class EditionTable
{
    public static void Write(IAnsiConsole console, CatalogEdition e)
    {
        console.MarkupLine($"[bold]{Markup.Escape(e.Title)}[/]");
        if (e.TitleEn is not null)
        {
            console.MarkupLine(Markup.Escape(e.TitleEn));
        }

        var issued = e.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
        console.MarkupLine($"{Markup.Escape(e.Id)} · {Markup.Escape(e.EditionLabel ?? string.Empty)} · issued 发布 {issued} · effective 生效 {e.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        console.MarkupLine($"hash {Markup.Escape(e.ContentHash)}");
        console.MarkupLine($"coverage 覆盖 (known/edition): {Markup.Escape(CoverageView.Of(e).Describe(e.Family))}");
        if (e.Applicability is { } a)
        {
            console.MarkupLine($"applies to 适用: zone {Markup.Escape(a.Zone ?? "?")}, {Markup.Escape(a.EligibilityNote ?? a.Eligibility ?? string.Empty)}{(a.CiioExcluded ? "; CIIOs excluded 关基运营者除外" : string.Empty)}");
        }

        console.WriteLine();
        switch (e.Family)
        {
            case CatalogFamily.National:
                var rules = new Table().AddColumns("rule", "role", "title 标题", "bands", "citation 出处");
                foreach (var r in e.Rules)
                {
                    rules.AddRow(Markup.Escape(r.Id), r.Role.ToString(), Markup.Escape(r.Title),
                        Markup.Escape(string.Join("\n", r.Thresholds.Select(t => t.ToString()))), Markup.Escape(r.Citation));
                }

                console.Write(rules);
                break;
            case CatalogFamily.Scenario:
                foreach (var domain in e.Domains)
                {
                    var table = new Table().Title($"{Markup.Escape(domain.Name)} {Markup.Escape(domain.NameEn ?? string.Empty)}")
                        .AddColumns("scenario 场景", "item 条目", "kind", "pathway 路径", "bands", "fields 字段", "conf.");
                    foreach (var s in domain.Scenarios)
                    {
                        foreach (var i in s.Items)
                        {
                            AddItem(table, s.Name, i);
                        }
                    }

                    foreach (var i in domain.Items)
                    {
                        AddItem(table, i.Scope == ScenarioScope.Listed ? string.Join("、", i.ScenarioIds) : "(" + (i.Scope?.ToString().ToUpperInvariant() ?? "?") + ")", i);
                    }

                    console.Write(table);
                }

                break;
            case CatalogFamily.Category:
                var categories = new Table().AddColumns("category 类别", "sub-category 子类", "kind", "examples 示例", "conf.");
                foreach (var c in e.Categories)
                {
                    foreach (var s in c.Subcategories)
                    {
                        categories.AddRow(Markup.Escape(c.Name), Markup.Escape(s.Name), Labels.Of(s.Kind), Markup.Escape(string.Join("、", s.Examples)), Labels.Of(s.Provenance.Confidence));
                    }
                }

                console.Write(categories);
                break;
        }
    }

    private static void AddItem(Table table, string scenario, ListItem i) => table.AddRow(
        Markup.Escape(scenario),
        Markup.Escape(i.Name),
        Labels.Of(i.Kind),
        Markup.Escape(i.Pathway?.ToName() ?? "unknown 未公开"),
        Markup.Escape(i.ThresholdsKnown ? string.Join("\n", i.Thresholds.Select(t => t.ToString())) : "unknown 未公开" + (i.Reported is { } r ? $" (reported 据称 {r.Persons:N0})" : string.Empty)),
        Markup.Escape(string.Join("、", i.Fields.Select(f => f.Name))),
        Labels.Of(i.Provenance.Confidence));
}
