using Chujing.Documents.Model;

namespace Chujing.Documents.Materials;

/// <summary>
/// 个人信息保护影响评估报告 (outline): the headings of the filing guide's PIPIA template, the facts the filing gives,
/// and one highlighted gap for each matter the SC Measures art. 5 names. Chujing draws no conclusion of its own.
/// </summary>
internal static class PipiaReport
{
    public static FilingMaterial Build(FilingFacts filing, CatalogFacts catalog)
    {
        List<DocumentSection> body =
        [
            new("评估工作简述", "Overview of the assessment work", Sources.PipiaTemplate,
            [
                new ToCompleteBlock("评估工作开展情况：起止时间、组织情况、实施过程、实施方式；如有第三方机构参与，说明其基本情况及参与情况。",
                    "How the assessment was done: start and end dates, organisation, process and method; any third party taking part and its role."),
                new TextBlock($"评估方法可参照 {Sources.GbT39335}。", "Method: see GB/T 39335-2020."),
            ]),
            new("出境活动整体情况", "Overview of the export", Sources.PipiaTemplate,
            [
                new SubheadingBlock("个人信息处理者基本情况", "The processor"),
                Sections.ProcessorTable(filing),
                new SubheadingBlock("出境个人信息情况", "The personal information exported"),
                Sections.DataTable(filing, catalog),
                new SubheadingBlock("境外接收方情况", "The overseas recipients"),
                Sections.RecipientsGrid(filing),
                new ToCompleteBlock("个人信息出境涉及的业务和信息系统、个人信息处理者的个人信息保护能力、是否向第三方提供以及如何确保标准合同条款落实。",
                    "The business and systems involved, the processor's protection capability, any onward provision, and how the contract's terms are carried out."),
            ]),
            new("拟出境活动的影响评估", "Assessment of the intended export", Sources.ScMeasures5,
            [
                new SubheadingBlock("处理目的、范围、方式等的合法性、正当性、必要性", "Lawfulness, legitimacy and necessity of purpose, scope and method"),
                new TextBlock($"备案登记的出境目的：{(filing.Purpose.Length > 0 ? filing.Purpose : "—")}", "Purpose as filed."),
                new ToCompleteBlock("评估个人信息处理者和境外接收方处理个人信息的目的、范围、方式等的合法性、正当性、必要性。", "Assess the lawfulness, legitimacy and necessity of both parties' processing."),
                new SubheadingBlock("出境个人信息的规模、范围、种类、敏感程度及风险", "Scale, scope, categories and sensitivity, and the risk to individuals"),
                new TextBlock($"个人信息 {Labels.Count(filing.PersonsPersonal)} 人／年，敏感个人信息 {Labels.Count(filing.PersonsSensitive)} 人／年；字段：{Labels.JoinOrNone(catalog.Fields.Select(f => f.Name))}。", "Counts and fields as filed."),
                new ToCompleteBlock("评估个人信息出境可能对个人信息权益带来的风险。", "Assess the risk the export may bring to individuals' rights and interests."),
                new SubheadingBlock("境外接收方承诺承担的义务及其管理和技术措施、能力", "The recipient's obligations, measures and capability"),
                new ToCompleteBlock("评估境外接收方的义务以及履行义务的管理和技术措施、能力能否保障出境个人信息的安全。", "Assess whether the recipient's obligations, measures and capability protect the data."),
                new SubheadingBlock("出境后遭到篡改、破坏、泄露、丢失、非法利用等的风险，权益维护渠道", "Risk of tampering, destruction, leakage, loss or misuse after export; channels for individuals"),
                new ToCompleteBlock("评估上述风险及个人信息权益维护的渠道是否通畅。", "Assess these risks and whether individuals can exercise their rights."),
                new SubheadingBlock("境外接收方所在国家或者地区个人信息保护政策和法规的影响", "Effect of the recipients' countries' laws on the contract"),
                new TextBlock($"接收方所在国家或地区：{string.Join("、", filing.Recipients.Select(r => r.CountryLabel).Distinct(StringComparer.Ordinal))}", "Countries as filed."),
                new ToCompleteBlock("评估当地个人信息保护政策和法规对标准合同履行的影响。", "Assess how local law affects the performance of the contract."),
                new SubheadingBlock("其他可能影响个人信息出境安全的事项", "Other matters"),
                new ToCompleteBlock("其他可能影响个人信息出境安全的事项。", "Any other matter that may affect the security of the export."),
            ]),
            new("评估结论", "Conclusion", Sections.Chujing,
            [
                new ToCompleteBlock("评估结论由个人信息处理者根据上述评估作出；Chujing 不作结论。", "The processor draws the conclusion from the assessment above; Chujing draws none."),
                new TextBlock($"Chujing 评估引擎给出的出境路径：{Labels.Of(filing.Pathway)}（此为路径判断，不是影响评估结论）。", "The engine's pathway, which is not the PIPIA's conclusion."),
                .. Sections.Confidence(filing),
            ]),
            Sections.Signatures(Sources.PipiaTemplate, ("个人信息处理者（盖章）及日期", "Processor (seal) and date"), ("如有第三方机构参与：第三方机构（盖章）", "Third party, if any (seal)")),
        ];
        var requiredBy = $"{Sources.ScMeasures7}；{Sources.Provisions10}";
        return new FilingMaterial(FilingMaterials.PipiaReport, "个人信息保护影响评估报告（提纲）", "Personal information protection impact assessment report (outline)",
            requiredBy, filing.Id, filing.ListEdition, Sections.Wrap(filing, requiredBy, body));
    }
}
