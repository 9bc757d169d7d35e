using Chujing.Documents.Model;

namespace Chujing.Documents.Materials;

/// <summary>
/// 数据出境安全评估申报书 (draft): the facts the declaration asks for that the filing holds — who declares, why the
/// assessment applies (the decision's basis), the data, the recipients — and the list of materials SA Measures
/// art. 6 names. Its rows are not checked item by item against the official form; the document says so.
/// </summary>
internal static class AssessmentDeclaration
{
    public static FilingMaterial Build(FilingFacts filing, CatalogFacts catalog)
    {
        List<DocumentSection> body =
        [
            new("数据处理者基本情况", "The declaring processor", Sources.SaGuide,
            [
                Sections.ProcessorTable(filing),
                new ToCompleteBlock("住所、数据安全管理机构及负责人、经办人信息待补充。", "Registered address, data security organisation and its head, and the handling person."),
            ]),
            Sections.Decision(filing, "申报情形与法律依据", "Why the assessment applies"),
            new("拟出境数据情况", "The data to be exported", Sources.SaGuide, [Sections.DataTable(filing, catalog)]),
            new("境外接收方情况", "The overseas recipients", Sources.SaGuide,
            [
                Sections.RecipientsGrid(filing),
                new ToCompleteBlock("境外接收方的基本情况、数据安全保障能力及所在国家或地区的数据安全保护政策法规待补充。", "Each recipient's profile, its security capability and its country's data protection law."),
            ]),
            new("申报材料", "Materials to submit", Sources.SaMeasures6,
            [
                new GridBlock(["材料 Material", "本系统 Chujing"],
                [
                    ["申报书 Declaration form", "本文件为草稿 this draft"],
                    ["数据出境风险自评估报告 Risk self-assessment report", "提纲见 self-assessment-report outline provided"],
                    ["与境外接收方拟订立的法律文件 Legal document with the recipient", "待补充 to complete"],
                    ["安全评估工作需要的其他相关材料 Other materials", "待补充 to complete"],
                ]),
                new ToCompleteBlock("本申报书各栏未与官方申报书模板逐项核对；请以数据出境申报系统及申报指南的要求为准。", "The rows were not checked one by one against the official form; the declaration system and the guide decide."),
            ]),
            Sections.Signatures(Sources.SaGuide,
                ("数据处理者（盖章）及日期", "Processor (seal) and date"),
                ("法定代表人（签字）", "Legal representative (signature)"),
                ("承诺书（按申报指南模板签署）", "Commitment letter (signed on the guide's template)")),
        ];
        var requiredBy = $"{Sources.Provisions7}；{Sources.SaMeasures6}";
        return new FilingMaterial(FilingMaterials.AssessmentDeclaration, "数据出境安全评估申报书（草稿）", "Security assessment declaration form (draft)",
            requiredBy, filing.Id, filing.ListEdition, Sections.Wrap(filing, requiredBy, body));
    }
}
