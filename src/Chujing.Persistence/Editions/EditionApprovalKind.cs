namespace Chujing.Persistence.Editions;

/// <summary>
/// The steps a list needs before it is published (Provisions on Promoting and Regulating Cross-Border Data Flows,
/// art. 6): approval by the provincial cyberspace commission, and filing with the national authorities.
/// </summary>
public enum EditionApprovalKind
{
    /// <summary>经省级网络安全和信息化委员会批准.</summary>
    ProvincialApproval,

    /// <summary>报国家网信部门、国家数据管理部门备案.</summary>
    NationalFiling,
}
