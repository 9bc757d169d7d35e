namespace Chujing.Documents.Materials;

/// <summary>
/// The documents and articles each material and section follows. docs/filing-materials.md lists each with where it
/// was read and how sure the wording is; a section that no source gives is marked as Chujing's own.
/// </summary>
internal static class Sources
{
    public const string Provisions6 = "《促进和规范数据跨境流动规定》第六条（自由贸易试验区负面清单）";
    /// <summary>No published text prescribes the filing form itself: it is the zone group's practice, which Chujing's layout follows.</summary>
    public const string ZoneGroupPractice = "自贸组团的备案做法（备案表本身无公开的法定模板；本表为 Chujing 的格式）";
    public const string Provisions7 = "《促进和规范数据跨境流动规定》第七条";
    public const string Provisions8 = "《促进和规范数据跨境流动规定》第八条";
    public const string Provisions10 = "《促进和规范数据跨境流动规定》第十条（告知、单独同意、个人信息保护影响评估）";
    public const string ScMeasures5 = "《个人信息出境标准合同办法》第五条（个人信息保护影响评估重点评估的事项）";
    public const string ScMeasures7 = "《个人信息出境标准合同办法》第七条（备案材料：标准合同；个人信息保护影响评估报告）";
    public const string ScAnnex = "《个人信息出境标准合同办法》附件《个人信息出境标准合同》附录一“个人信息出境说明”";
    public const string PipiaTemplate = "《个人信息出境标准合同备案指南（第一版）》附件：个人信息保护影响评估报告（模板）";
    public const string GbT39335 = "GB/T 39335-2020《信息安全技术 个人信息安全影响评估指南》";
    public const string SaMeasures5 = "《数据出境安全评估办法》第五条（数据出境风险自评估）";
    public const string SaMeasures6 = "《数据出境安全评估办法》第六条（申报材料）";
    public const string SaGuide = "《数据出境安全评估申报指南（第二版）》";
    public const string SelfAssessmentTemplate = "《数据出境安全评估申报指南（第一版）》附件4：数据出境风险自评估报告（模板）";
}
