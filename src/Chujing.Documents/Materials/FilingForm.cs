using Chujing.Documents.Model;

namespace Chujing.Documents.Materials;

/// <summary>
/// 数据出境备案表: the zone group's filing form, always produced. For a free-trade-zone list it carries the list
/// items and the scenario the filing relies on (Provisions art. 6); its rows are the platform's own form.
/// </summary>
internal static class FilingForm
{
    public static FilingMaterial Build(FilingFacts filing, CatalogFacts catalog)
    {
        var requiredBy = catalog.IsZoneList ? $"{Sources.Provisions6}；{catalog.EditionTitle(filing.ListEdition)}" : catalog.EditionTitle(filing.ListEdition);
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
            body.Add(new("负面清单事项与业务场景", "List items and scenario", Sources.Provisions6 + "；" + catalog.EditionTitle(filing.ListEdition),
            [
                new TextBlock($"业务场景：{catalog.ScenarioLabel(filing.Scenario)}", catalog.Scenario?.NameEn),
                catalog.Items.Count == 0
                    ? new TextBlock("所填字段未对应本清单的任何事项（清单外数据）。", "The filed fields match no item of this list (data outside the list).")
                    : new GridBlock(
                        ["清单事项 List item", "类别 Kind", "清单规定的路径 Pathway the list sets", "出处 Citation"],
                        [.. catalog.Items.Select(i => (IReadOnlyList<string>)[$"{i.Name}（{i.Id}）", Labels.Of(i.Kind), Labels.Of(i.Pathway), i.Citation])]),
            ]));
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
}
