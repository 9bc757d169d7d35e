using Chujing.Documents.Model;

namespace Chujing.Documents.Materials;

/// <summary>
/// 数据出境风险自评估报告 (outline): the self-assessment template's headings with the filing's facts under them and a
/// highlighted gap wherever the processor's own assessment belongs.
/// </summary>
internal static class SelfAssessmentReport
{
    public static FilingMaterial Build(FilingFacts filing, CatalogFacts catalog)
    {
        List<DocumentSection> body =
        [
            new("自评估工作情况", "The self-assessment work", Sources.SelfAssessmentTemplate,
            [
                new ToCompleteBlock("简要概述自评估工作开展情况，包括起止时间、组织情况、实施过程、实施方式等。", "Start and end dates, organisation, process and method of the self-assessment."),
                new TextBlock("模板说明：自评估活动为申报前3个月内完成；如有第三方机构参与，须说明其基本情况及参与评估的情况。",
                    "The template's note: the self-assessment is done within 3 months before the declaration; any third party taking part is described."),
            ]),
            new("出境活动整体情况", "Overview of the export", Sources.SelfAssessmentTemplate,
            [
                new SubheadingBlock("数据处理者基本情况", "The processor"),
                Sections.ProcessorTable(filing),
                new ToCompleteBlock("股权结构、实际控制人、境内外投资情况；组织架构和数据安全管理机构；整体业务与数据资产情况。", "Ownership, controller and investments; organisation and data security body; business and data assets."),
                new SubheadingBlock("拟出境数据情况", "The data to be exported"),
                Sections.DataTable(filing, catalog),
                new ToCompleteBlock("数据出境涉及的业务和数据资产；按申报业务场景梳理出境数据项。", "The business and data assets involved; the data items per declared scenario."),
                new SubheadingBlock("数据处理者安全保障能力情况", "The processor's security capability"),
                filing.SecurityMeasures.Length > 0 ? new TextBlock($"备案登记的安全保护措施：{filing.SecurityMeasures}", "Security measures as filed.") : new ToCompleteBlock("安全保护措施待补充。", "Security measures."),
                new ToCompleteBlock("数据安全管理制度、技术措施和能力的具体情况。", "Management system, technical measures and capability in detail."),
                new SubheadingBlock("境外接收方情况", "The overseas recipients"),
                Sections.RecipientsGrid(filing),
                new SubheadingBlock("法律文件约定情况", "The legal document with the recipients"),
                new ToCompleteBlock("与境外接收方拟订立的法律文件中数据安全保护责任义务的约定情况。", "How the legal document sets out the data security duties."),
            ]),
            new("拟出境活动的风险评估情况", "Risk assessment of the intended export", Sources.SaMeasures5,
            [
                new ToCompleteBlock("按《数据出境安全评估办法》第五条所列事项逐项评估，并说明评估依据和结论。", "Assess each matter SA Measures art. 5 names, with grounds and findings."),
            ]),
            Sections.Decision(filing, "评估路径及法律依据", "Pathway and legal basis"),
            new("自评估结论", "Conclusion", Sections.Chujing,
            [
                new ToCompleteBlock("自评估结论由数据处理者作出；Chujing 不作结论。", "The processor draws the conclusion; Chujing draws none."),
            ]),
            Sections.Signatures(Sources.SelfAssessmentTemplate, ("数据处理者名称（盖章）及日期", "Processor (seal) and date")),
        ];
        var requiredBy = $"{Sources.SaMeasures5}；{Sources.SaMeasures6}";
        return new FilingMaterial(FilingMaterials.SelfAssessmentReport, "数据出境风险自评估报告（提纲）", "Data export risk self-assessment report (outline)",
            requiredBy, filing.Id, filing.ListEdition, Sections.Wrap(filing, requiredBy, body));
    }
}
