using Chujing.Documents.Model;
using Chujing.Domain.Catalog;

namespace Chujing.Documents.Materials;

/// <summary>
/// 数据出境备案表: the zone group's filing form, always produced. For a free-trade-zone list it carries the list
/// items and the scenario the filing relies on (Provisions art. 6); its rows are the platform's own form.
/// </summary>
internal static class FilingForm
{
    public static FilingMaterial Build(FilingFacts filing, CatalogFacts catalog)
    {
        var requiredBy = catalog.IsZoneList
            ? $"{Sources.ZoneGroupPractice}（所依据的清单：{catalog.EditionTitle(filing.ListEdition)}，{Sources.Provisions6}）"
            : Sources.ZoneGroupPractice;
        List<DocumentSection> body =
        [
            new("数据处理者", "Processor", Sections.Chujing, [Sections.ProcessorTable(filing)]),
            new("备案事项", "Filing", Sections.Chujing,
            [
                new FactTableBlock(
                [
                    new("备案编号", "Filing id", filing.Id),
                    new("备案名称", "Title", filing.Title),
                    new("状态", "Status", filing.Status),
                    new("清单版本", "List edition", catalog.EditionTitle(filing.ListEdition)),
                    new("有效期", "Validity", $"{Labels.Date(filing.ValidFrom)} – {Labels.Date(filing.ValidUntil)}"),
                ]),
            ]),
        ];
        if (catalog.IsZoneList)
        {
            body.Add(ListSection(filing, catalog));
        }

        body.Add(new("出境数据", "Data exported", Sections.Chujing, [Sections.DataTable(filing, catalog)]));
        body.Add(new("境外接收方", "Overseas recipients", Sections.Chujing, [Sections.RecipientsGrid(filing)]));
        body.Add(new("安全保护措施", "Security measures", Sections.Chujing,
        [
            filing.SecurityMeasures.Length > 0 ? new TextBlock(filing.SecurityMeasures) : new ToCompleteBlock("安全保护措施待补充。", "Security measures to be described."),
            new ToCompleteBlock("补充各项技术和管理措施的具体落实情况（Chujing 无法得知）。", "Describe how each technical and organisational measure is carried out (Chujing cannot know this)."),
        ]));
        body.Add(Sections.Decision(filing));
        body.Add(Sections.Signatures(Sections.Chujing,
            ("数据处理者（盖章）及日期", "Processor (seal) and date"),
            ("法定代表人或授权代表（签字）", "Legal representative or authorised person (signature)"),
            ("自贸组团审核意见（由组团填写）", "Zone group's review opinion (filled in by the zone group)")));
        return new FilingMaterial(FilingMaterials.FilingForm, "数据出境备案表", "Cross-border data transfer filing form", requiredBy, filing.Id, filing.ListEdition,
            Sections.Wrap(filing, requiredBy, body));
    }

    /// <summary>
    /// The list items the decision used: each list item it weighed with whether its band is reached (the item that
    /// decided, or 未达到 with the reason); that the list does not apply and why; or, before a decision, the items of
    /// the filed fields as still to be assessed. Never "off-list" for what is merely not known.
    /// </summary>
    private static DocumentSection ListSection(FilingFacts filing, CatalogFacts catalog)
    {
        var source = catalog.EditionTitle(filing.ListEdition);
        List<DocumentBlock> blocks = [new TextBlock($"业务场景：{catalog.ScenarioLabel(filing.Scenario)}", catalog.Scenario?.NameEn)];
        var decision = filing.Decision;
        var notApplicable = filing.Basis.FirstOrDefault(b => b.Rule.EndsWith("#not-applicable", StringComparison.Ordinal));
        var used = decision?.Entries.Where(e => e.Kind == "list-item").ToList() ?? [];
        if (decision?.ListApplied == false || notApplicable is not null)
        {
            var reason = decision?.ListReason is { Length: > 0 } r ? r : notApplicable is null ? string.Empty : Sections.Explanation(filing, notApplicable);
            blocks.Add(new TextBlock($"本清单不适用于本次出境：{(reason.Length > 0 ? reason : "原因见下文法律依据")}；按国家规定判断。",
                "The list does not apply to this export, for the reason given; the national rules decide."));
        }
        else if (filing.Fields.Count == 0)
        {
            blocks.Add(new ToCompleteBlock("备案未填写出境字段，清单事项待补充字段后评估。", "The filing names no fields; the list items follow once the fields are added."));
        }
        else if (used.Count > 0)
        {
            blocks.Add(new GridBlock(
                ["清单事项 List item", "是否达到 Reached", "要求的路径 Pathway", "出处 Citation", "说明 Explanation"],
                [.. used.Select(e => (IReadOnlyList<string>)[
                    $"{e.Title}（{ItemId(e.Rule)}）",
                    e.Pathway is { } p && p != Pathway.Exempt ? (p == filing.Pathway ? "达到，决定路径 Reached; decides the pathway" : "达到 Reached") : "未达到 Not reached",
                    e.Pathway is { } q && q != Pathway.Exempt ? Labels.Of(q) : "—",
                    e.Citation,
                    e.ExplanationZh.Length > 0 ? e.ExplanationZh : $"（仅有英文说明 English only）{e.Explanation}"])]));
        }
        else if (catalog.Items.Count > 0)
        {
            blocks.Add(new GridBlock(
                ["所填字段所属清单事项 List items of the filed fields", "类别 Kind", "出处 Citation"],
                [.. catalog.Items.Select(i => (IReadOnlyList<string>)[$"{i.Name}（{i.Id}）", Labels.Of(i.Kind), i.Citation])]));
            blocks.Add(new ToCompleteBlock("备案未附评估结论的清单明细，上述事项是否达到清单规定的规模待评估。",
                "The filing carries no decision detail; whether these items' bands are reached is still to be assessed."));
        }
        else
        {
            blocks.Add(new ToCompleteBlock("所填字段与本清单事项的对应关系待评估后补充。", "How the filed fields map to this list's items follows the assessment."));
        }

        return new("负面清单事项与业务场景", "List items and scenario", source, blocks);
    }

    private static string ItemId(string rule) => rule.Split('#') is [_, var item, ..] ? item : rule;
}
