using Chujing.Domain.Catalog;

namespace Chujing.Web.Filings;

/// <summary>What a pathway still requires of the enterprise once the zone group has approved the filing.</summary>
/// <param name="Text">What to do, in Chinese.</param>
/// <param name="TextEn">The same in English.</param>
/// <param name="Citation">Where the law says so.</param>
public sealed record PathwayRequirement(string Text, string TextEn, string Citation)
{
    /// <summary>The requirement of <paramref name="pathway"/>; null when nothing is required beyond the filing (exempt).</summary>
    public static PathwayRequirement? Of(Pathway? pathway) => pathway switch
    {
        Pathway.SecurityAssessment => new(
            "须通过所在地省级网信部门向国家网信部门申报数据出境安全评估，评估通过后方可出境；请在取得结果后记录评估结果编号和日期。",
            "A security assessment must be declared to the national CAC through the provincial office, and the data may leave only once it is passed; record the result's reference and date once you have it.",
            "《促进和规范数据跨境流动规定》第七条；《数据出境安全评估办法》第四条"),
        Pathway.StandardContractOrCertification => new(
            "须与境外接收方订立个人信息出境标准合同并向所在地省级网信部门备案，或通过个人信息保护认证；请记录备案编号（或认证证书编号）和日期。",
            "A standard contract must be signed with the recipient and filed with the provincial CAC office, or certification obtained; record the filing (or certificate) number and date.",
            "《促进和规范数据跨境流动规定》第八条；《个人信息出境标准合同办法》第七条"),
        _ => null,
    };

    /// <summary>What to do with where the law says so, as the filing's form shows it: in Chinese, or in English when <paramref name="english"/>.</summary>
    public string Describe(bool english) => english ? TextEn + " (" + Citation + ")" : Text + "（" + Citation + "）";
}
