using Chujing.Domain.Catalog;

namespace Chujing.Cli;

/// <summary>Chinese-first display names for people; JSON keeps the kebab-case ids.</summary>
internal static class Labels
{
    public static string Of(Pathway pathway) => pathway switch
    {
        Pathway.Exempt => "免予申报 exempt",
        Pathway.StandardContractOrCertification => "标准合同或认证 standard-contract-or-certification",
        Pathway.SecurityAssessment => "数据出境安全评估 security-assessment",
        Pathway.OtherLawfulRoute => "其他合法途径 other-lawful-route",
        _ => pathway.ToName(),
    };

    public static string Of(ItemKind kind) => kind == ItemKind.ImportantData ? "重要数据" : "个人信息";

    public static string Of(Confidence confidence) => confidence switch
    {
        Confidence.ConfirmedTwoSources => "C2",
        Confidence.OneSource => "C1",
        _ => "unverified",
    };

    public static string Colour(Pathway pathway) => pathway switch
    {
        Pathway.Exempt => "green",
        Pathway.StandardContractOrCertification => "yellow",
        _ => "red",
    };
}
