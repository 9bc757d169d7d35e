namespace Chujing.Domain.Catalog;

/// <summary>
/// What an export needs. The first three are ordered from lax to strict, so <c>Math.Max</c> over them is
/// "the strictest"; <see cref="OtherLawfulRoute"/> is a list's way of saying that the data leaves only by a route
/// outside the three (human genetic resources reporting), and never appears as an assessment's pathway.
/// </summary>
public enum Pathway
{
    /// <summary>免予申报: none of the three is needed.</summary>
    Exempt = 0,

    /// <summary>个人信息出境标准合同 / 个人信息保护认证: either satisfies.</summary>
    StandardContractOrCertification = 1,

    /// <summary>数据出境安全评估: declaration to the CAC.</summary>
    SecurityAssessment = 2,

    /// <summary>Only by another lawful route (e.g. 人类遗传资源信息对外提供的报告和备份).</summary>
    OtherLawfulRoute = 3,
}
