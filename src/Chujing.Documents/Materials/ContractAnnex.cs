using Chujing.Documents.Model;

namespace Chujing.Documents.Materials;

/// <summary>
/// 标准合同 附录一 个人信息出境说明: the annex of the standard contract that describes the export, its items in the
/// template's order, filled where the filing gives the fact and highlighted where it does not.
/// </summary>
internal static class ContractAnnex
{
    public static FilingMaterial Build(FilingFacts filing, CatalogFacts catalog)
    {
        var countries = string.Join("、", filing.Recipients.Select(r => r.CountryLabel).Distinct(StringComparer.Ordinal));
        List<DocumentSection> body =
        [
            new("合同双方", "Parties", Sections.Chujing,
            [
                new FactTableBlock(
                [
                    new("个人信息处理者", "Personal information processor", filing.ProcessorName),
                    new("统一社会信用代码", "USCC", filing.Processor),
                    new("境外接收方", "Overseas recipient(s)", string.Join("；", filing.Recipients.Select(r => $"{r.Name}（{r.CountryLabel}）"))),
                ]),
                new ToCompleteBlock("双方地址、联系人、职务和联系方式待补充。", "Each party's address, contact person, title and contact details."),
            ]),
            new("个人信息出境说明", "Description of the export", Sources.ScAnnex,
            [
                new FactTableBlock(
                [
                    new("处理目的", "Purpose of processing", filing.Purpose),
                    new("处理方式", "Method of processing", string.Empty),
                    new("出境个人信息的规模", "Scale of the personal information exported",
                        $"个人信息 {Labels.Count(filing.PersonsPersonal)} 人／年（不含敏感）；敏感个人信息 {Labels.Count(filing.PersonsSensitive)} 人／年"),
                    new("出境个人信息种类", "Categories of personal information", Sections.PersonalCategories(filing, catalog)),
                    new("出境敏感个人信息种类（如适用）", "Categories of sensitive personal information (if any)", Sections.SensitiveCategories(filing, catalog)),
                    new("境外接收方向境外第三方提供个人信息的情况（如适用）", "Onward provision to third parties abroad (if any)", string.Empty),
                    new("传输方式", "Method of transfer", string.Empty),
                    new("出境后保存期限", "Retention after export", $"{filing.RetentionMonths} 个月 months"),
                    new("出境后保存起止日期", "Retention after export: start and end dates", string.Empty),
                    new("出境后保存地点", "Storage place after export", string.Empty),
                    new("其他事项", "Other matters", string.Empty),
                ]),
                new TextBlock($"备案登记的接收方所在国家或地区：{countries}", "Countries or regions of the recipients as filed; the storage place above must name the actual place."),
            ]),
            new("备案要求", "Filing requirement", Sources.ScMeasures7,
            [
                new TextBlock("标准合同生效之日起10个工作日内向所在地省级网信部门备案，提交标准合同和个人信息保护影响评估报告。",
                    "File with the provincial cyberspace office within 10 working days after the contract takes effect, with the contract and the PIPIA report."),
            ]),
            Sections.Signatures(Sections.Chujing,
                ("个人信息处理者（签字盖章）及日期", "Processor (signature and seal) and date"),
                ("境外接收方（签字盖章）及日期", "Overseas recipient (signature and seal) and date")),
        ];
        var requiredBy = $"{Sources.Provisions8}；{Sources.ScMeasures7}";
        return new FilingMaterial(FilingMaterials.ContractAnnex, "个人信息出境标准合同 附录一 个人信息出境说明", "Standard contract, Appendix I: description of the personal information exported",
            requiredBy, filing.Id, filing.ListEdition, Sections.Wrap(filing, requiredBy, body));
    }
}
