using System.Globalization;
using Chujing.Domain.Catalog;
using Spectre.Console;

namespace Chujing.Cli.Catalogs;

/// <summary>The human-readable form of <c>catalog show</c>: every entry with its id, citation and confidence.</summary>
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
        console.MarkupLine($"{Markup.Escape(e.Id)} · {Markup.Escape(e.EditionLabel ?? string.Empty)} · 发布 issued {issued} · 生效 effective {e.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        if (e.Signed is { } signed)
        {
            console.MarkupLine($"签署（成文）日期 signed {signed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (e.Issuers.Count > 0)
        {
            console.MarkupLine("发布机关 issuers: " + Markup.Escape(string.Join("、", e.Issuers)));
        }

        console.MarkupLine($"hash {Markup.Escape(e.ContentHash)}");
        var counted = e.Coverage?.Provenance is { } cp ? $" ({Labels.Of(cp.Confidence)})" : string.Empty;
        console.MarkupLine($"覆盖 coverage (encoded/edition): {Markup.Escape(CoverageView.Of(e).Describe(e.Family))}{counted}");
        if (e.Applicability is { } a)
        {
            var note = (a.EligibilityNote ?? a.Eligibility ?? string.Empty).Replace('\n', ' ').Trim().TrimEnd('。');
            console.MarkupLine($"适用 applies to: zone {Markup.Escape(a.Zone ?? "?")}{(a.ZoneName is null ? string.Empty : " " + Markup.Escape(a.ZoneName))} — {Markup.Escape(note)}" +
                $"{(a.RequiresApproval ? "; 须经自贸组团同意 approval required" : string.Empty)}{(a.CiioExcluded ? "; 关基运营者除外 CIIOs excluded" : string.Empty)}");
            if (a.ZoneGroups.Count > 0)
            {
                console.MarkupLine("自贸组团 zone groups: " + Markup.Escape(string.Join("、", a.ZoneGroups)));
            }
        }

        console.WriteLine();
        switch (e.Family)
        {
            case CatalogFamily.National:
                var rules = new Table().AddColumns("rule 规则", "role", "bands 阈值", "citation 出处", "conf.");
                foreach (var r in e.Rules)
                {
                    rules.AddRow(Named(r.Title, r.Id), Markup.Escape(Role(r.Role)),
                        Markup.Escape(string.Join("\n", r.Thresholds.Select(t => t.ToString()))), Markup.Escape(r.Citation), Labels.Of(r.Provenance.Confidence));
                }

                console.Write(rules);
                break;
            case CatalogFamily.Scenario:
                foreach (var domain in e.Domains)
                {
                    WriteDomain(console, domain);
                }

                break;
            case CatalogFamily.Category:
                var categories = new Table().AddColumns("category 类别", "sub-category 子类", "kind", "pathway 路径", "examples 示例", "citation 出处", "conf.");
                foreach (var c in e.Categories)
                {
                    if (c.Subcategories.Count == 0)
                    {
                        categories.AddRow(Named(c.Name, c.Id), "[grey]— 子类未公开 not public[/]", string.Empty, string.Empty, string.Empty, Markup.Escape(c.Citation ?? string.Empty), c.Provenance is null ? string.Empty : Labels.Of(c.Provenance.Confidence));
                    }

                    foreach (var s in c.Subcategories)
                    {
                        categories.AddRow(Named(c.Name, c.Id), Named(s.Name, s.Id), Labels.Of(s.Kind), Markup.Escape(s.Pathway.ToName()),
                            Markup.Escape(string.Join("、", s.Examples)), Markup.Escape(s.Citation), Labels.Of(s.Provenance.Confidence));
                    }
                }

                console.Write(categories);
                break;
        }

        if (e.ReferenceCriteria.Count > 0)
        {
            var criteria = new Table().Title("重要数据识别参考规则 Important-data reference criteria").AddColumns("criterion 规则", "citation 出处", "conf.");
            foreach (var c in e.ReferenceCriteria)
            {
                criteria.AddRow(Named(c.Text ?? c.TextEn ?? string.Empty, c.Id), Markup.Escape(c.Citation), Labels.Of(c.Provenance.Confidence));
            }

            console.Write(criteria);
        }

        foreach (var d in e.Duties)
        {
            console.MarkupLine($"义务 duty [bold]{Markup.Escape(d.Id)}[/]: {Markup.Escape(d.Text)} ({Markup.Escape(d.Citation)})");
        }

        if (e.Facts.Count > 0)
        {
            var facts = new Table().Title("版本情况 Facts about the edition (never decided on)").AddColumns("fact 情况", "citation 出处", "conf.");
            foreach (var f in e.Facts)
            {
                facts.AddRow(Named(f.Text, f.Id), Markup.Escape(f.Citation), Labels.Of(f.Provenance.Confidence));
            }

            console.Write(facts);
        }
    }

    private static void WriteDomain(IAnsiConsole console, CatalogDomain domain)
    {
        var table = new Table().Title($"{Markup.Escape(domain.Name)} {Markup.Escape(domain.NameEn ?? string.Empty)} [grey]({Markup.Escape(domain.Id)})[/]")
            .AddColumns("scenario 场景", "item 条目", "kind", "pathway 路径", "bands 阈值", "fields 字段", "citation 出处", "conf.");
        foreach (var s in domain.Scenarios)
        {
            if (s.Items.Count == 0)
            {
                table.AddRow(Named(s.Name, s.Id), "[grey]—[/]", string.Empty, string.Empty, string.Empty, string.Empty, Markup.Escape(s.Citation), Labels.Of(s.Provenance.Confidence));
            }

            foreach (var i in s.Items)
            {
                AddItem(table, Named(s.Name, s.Id), i);
            }
        }

        foreach (var i in domain.Items)
        {
            var where = i.Scope switch
            {
                ScenarioScope.All => "全部场景 every scenario",
                ScenarioScope.Listed => string.Join("\n", i.ScenarioIds),
                _ => "场景未公开 scenario not public",
            };
            AddItem(table, $"[grey]{Markup.Escape(where)}[/]", i);
        }

        if (table.Rows.Count == 0)
        {
            table.AddRow("[grey]— 场景未公开 no scenario public[/]", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, Markup.Escape(domain.Citation ?? string.Empty),
                domain.Provenance is null ? string.Empty : Labels.Of(domain.Provenance.Confidence));
        }

        console.Write(table);
        foreach (var x in domain.Exclusions)
        {
            console.MarkupLine($"  不适用 excluded [bold]{Markup.Escape(x.Id)}[/]: {Markup.Escape(x.Text)} ({Markup.Escape(x.Citation)})");
        }
    }

    private static void AddItem(Table table, string scenario, ListItem i)
    {
        var bands = i.ThresholdsKnown ? string.Join("\n", i.Thresholds.Select(t => t.ToString())) : "未公开 unknown";
        if (i.Reported is { } r)
        {
            bands += $"\n据称 reported {r.Persons.ToString("N0", CultureInfo.InvariantCulture)} ({Labels.Of(r.Provenance.Confidence)}, not applied)";
        }

        var item = Named(i.Name, i.Id) + string.Concat(i.Exceptions.Select(x => $"\n[italic]除外 exception[/] {Markup.Escape(x.Id)} → {x.Effect.ToName()}"));
        table.AddRow(
            scenario,
            item,
            Labels.Of(i.Kind),
            Markup.Escape(i.Pathway?.ToName() ?? "未公开 unknown"),
            Markup.Escape(bands),
            Markup.Escape(string.Join("\n", i.Fields.Select(f => $"{f.Name} ({f.Id})"))),
            Markup.Escape(i.Citation),
            Labels.Of(i.Provenance.Confidence));
    }

    private static string Named(string name, string id) => $"{Markup.Escape(name)}\n[grey]{Markup.Escape(id)}[/]";

    private static string Role(RuleRole role) => role switch
    {
        RuleRole.ImportantData => "important-data",
        RuleRole.FtzList => "ftz-list",
        _ => role.ToString().ToLowerInvariant(),
    };
}
