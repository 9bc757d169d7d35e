using Chujing.Documents.Model;
using Chujing.Domain.Catalog;

namespace Chujing.Documents.Materials;

/// <summary>The sections several documents share: the draft notice, the processor, the data, the recipients, the basis, the gaps.</summary>
internal static class Sections
{
    public const string Chujing = "Chujing（根据备案生成 generated from the filing）";

    /// <summary>The opening notice: a draft from the filing's facts, never complete, highlighted gaps to fill.</summary>
    public static DocumentSection Notice(FilingFacts filing, string requiredBy) => new(
        "使用说明", "About this draft", Chujing,
        [
            new TextBlock(
                $"本文件是 Chujing 根据备案 {filing.Id} 中已登记的事实生成的草稿，不是完整的申报或备案材料，也不代表主管部门的审核结论。",
                $"This is a draft that Chujing generated from the facts registered in filing {filing.Id}. It is not a complete set of materials and does not represent any authority's decision."),
            new TextBlock($"要求依据：{requiredBy}", "Required by the documents and articles cited."),
            new TextBlock(
                "标有“待补充”的内容须由数据处理者补充、核实，并在签字盖章后方可提交；请按主管部门届时发布的官方模板核对格式与内容。",
                "Everything marked “to complete” must be added and checked by the processor, then signed and sealed before submission; check form and content against the authority's official template in force."),
        ]);

    public static FactTableBlock ProcessorTable(FilingFacts filing) => new(
    [
        new("数据处理者名称", "Processor", filing.ProcessorName),
        new("统一社会信用代码", "Unified social credit code (USCC)", filing.Processor),
        new("所属自贸组团", "Zone group", filing.ZoneGroup),
        new("法定代表人", "Legal representative", string.Empty),
        new("联系人及联系方式", "Contact person and details", string.Empty),
    ]);

    public static FactTableBlock DataTable(FilingFacts filing, CatalogFacts catalog)
    {
        List<FactRow> rows =
        [
            new("业务场景", "Scenario", catalog.ScenarioLabel(filing.Scenario)),
            new("出境个人信息种类", "Categories of personal information", PersonalCategories(filing, catalog)),
            new("出境敏感个人信息种类", "Categories of sensitive personal information", SensitiveCategories(filing, catalog)),
            new("个人信息人数（每年，不含敏感）", "Persons, personal information (per year, excluding sensitive)", Labels.Count(filing.PersonsPersonal)),
            new("敏感个人信息人数（每年）", "Persons, sensitive personal information (per year)", Labels.Count(filing.PersonsSensitive)),
            new("是否含重要数据", "Includes important data", Labels.YesNo(filing.ImportantData)),
            new("出境目的", "Purpose", filing.Purpose),
            new("境外保存期限（月）", "Retention abroad (months)", filing.RetentionMonths.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
        if (filing.YearPersonsPersonal > 0 || filing.YearPersonsSensitive > 0)
        {
            // The decision counts the processor's year (since 1 January) on top of this filing; say so beside the filing's own counts.
            rows.Insert(5, new("评估时加计的本年已出境人数（个人信息／敏感）", "Persons of the processor's year added for the decision (personal / sensitive)",
                $"{Labels.Count(filing.YearPersonsPersonal)} / {Labels.Count(filing.YearPersonsSensitive)}"));
        }

        return new FactTableBlock(rows);
    }

    /// <summary>
    /// Every filed field by its Chinese name (sensitive personal information is personal information too); a gap when
    /// persons are exported but no field is filed; 无 only when no person's information is exported.
    /// </summary>
    public static string PersonalCategories(FilingFacts filing, CatalogFacts catalog) =>
        catalog.Fields.Count > 0 ? string.Join("、", catalog.Fields.Select(f => f.Name))
        : filing.PersonsPersonal + filing.PersonsSensitive > 0 ? string.Empty : "无 None";

    /// <summary>The filed sensitive fields; a gap when sensitive persons are counted but no sensitive field is filed.</summary>
    public static string SensitiveCategories(FilingFacts filing, CatalogFacts catalog)
    {
        var sensitive = catalog.Fields.Where(f => f.Sensitive).Select(f => f.Name).ToList();
        return sensitive.Count > 0 ? string.Join("、", sensitive) : filing.PersonsSensitive > 0 ? string.Empty : "无 None";
    }

    public static GridBlock RecipientsGrid(FilingFacts filing) => new(
        ["序号 No.", "境外接收方 Recipient", "所在国家或地区 Country or region"],
        [.. filing.Recipients.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Name, r.CountryLabel])]);

    public static DocumentBlock BasisGrid(FilingFacts filing) => filing.Basis.Count == 0
        ? new ToCompleteBlock("备案尚无评估结论，法律依据待评估后补充。", "The filing has no decision yet; the legal basis follows the assessment.")
        : new GridBlock(
            ["规则 Rule", "依据 Citation", "说明 Explanation"],
            [.. filing.Basis.Select(b => (IReadOnlyList<string>)[b.Title.Length > 0 ? $"{b.Title}（{b.Rule}）" : b.Rule, b.Citation, Explanation(filing, b)])]);

    /// <summary>Why, in Chinese as the filing keeps it or from the archived decision; else the English, marked as such.</summary>
    public static string Explanation(FilingFacts filing, BasisFact b)
    {
        var zh = b.ExplanationZh.Length > 0 ? b.ExplanationZh : filing.Decision?.Entries.FirstOrDefault(e => e.Rule == b.Rule && e.ExplanationZh.Length > 0)?.ExplanationZh;
        return zh is not null ? $"{zh}（{b.Explanation}）" : b.Explanation.Length == 0 ? string.Empty : $"（仅有英文说明 English only）{b.Explanation}";
    }

    public static DocumentSection Decision(FilingFacts filing, string heading = "评估结论与法律依据", string headingEn = "Decision and legal basis")
    {
        List<DocumentBlock> blocks = [new TextBlock($"评估结论：{Labels.Of(filing.Pathway)}", "Pathway, as the filing's decision gives it."), .. Confidence(filing)];
        blocks.Add(BasisGrid(filing));
        return new(heading, headingEn, "Chujing 评估引擎（每条规则引用其文件与条款） the assessment engine, each rule citing document and article", blocks);
    }

    /// <summary>The decision's confidence, the stricter answer on confirmed entries beside it, and a gap when the conclusion is not settled.</summary>
    public static IReadOnlyList<DocumentBlock> Confidence(FilingFacts filing)
    {
        List<DocumentBlock> blocks = [];
        if (filing.Pathway is not null)
        {
            var d = filing.Decision;
            blocks.Add(new TextBlock($"可信度：{(d is null ? "未随备案提供 not given with the filing" : Labels.Of(d.Confidence))}", "The lowest confidence of the catalog entries that require the pathway."));
            if (d?.StrictPathway is { } strict)
            {
                var cited = d.StrictCitations.Count > 0 ? $"（{string.Join("；", d.StrictCitations)}）" : string.Empty;
                blocks.Add(new TextBlock($"按已确证条目：{Labels.Of(strict)}{cited}",
                    "On catalog entries confirmed by two or more sources only, the engine requires this pathway."));
            }

            if (d is null || d.Confidence is not (Domain.Catalog.Confidence.ConfirmedTwoSources or null))
            {
                blocks.Add(new ToCompleteBlock("上述评估结论所依据的条目未经两个以上来源确认（或备案未附可信度），不是确定结论；请与主管部门核实后再据此提交。",
                    "The conclusion rests on entries not confirmed by two sources (or the filing gives no confidence); it is not settled — check with the authority before relying on it."));
            }
        }

        return blocks;
    }

    public static DocumentSection Signatures(string source, params (string Text, string TextEn)[] lines) => new(
        "签字盖章", "Signatures and seals", source,
        [.. lines.Select(l => (DocumentBlock)new ToCompleteBlock(l.Text, l.TextEn))]);

    /// <summary>The closing list of every gap of the sections before it.</summary>
    public static DocumentSection StillToAdd(IReadOnlyList<DocumentSection> sections)
    {
        var gaps = new List<IReadOnlyList<string>>();
        foreach (var section in sections)
        {
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ToCompleteBlock gap:
                        gaps.Add([section.Heading, gap.Text]);
                        break;
                    case FactTableBlock table:
                        gaps.AddRange(table.Rows.Where(r => r.IsGap).Select(r => (IReadOnlyList<string>)[section.Heading, r.Label + " " + r.LabelEn]));
                        break;
                }
            }
        }

        return new DocumentSection("尚需补充的事项", "Still to add", Chujing,
        [
            new TextBlock("以下内容 Chujing 无法从备案中得知，须由数据处理者补充后，本文件方可使用。", "Chujing cannot know the following from the filing; the processor must add them before this document can be used."),
            new GridBlock(["章节 Section", "待补充 To complete"], gaps.Count > 0 ? gaps : [["—", "签字盖章 Signatures and seals"]]),
        ]);
    }

    /// <summary>The document's sections with the notice first and the list of gaps last.</summary>
    public static IReadOnlyList<DocumentSection> Wrap(FilingFacts filing, string requiredBy, IReadOnlyList<DocumentSection> body) =>
        [Notice(filing, requiredBy), .. body, StillToAdd(body)];
}
