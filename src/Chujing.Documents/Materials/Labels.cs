using System.Globalization;
using Chujing.Domain.Catalog;

namespace Chujing.Documents.Materials;

/// <summary>How the documents write pathways, item kinds, counts and lists (Chinese first, English beside).</summary>
internal static class Labels
{
    public static string Of(Pathway? pathway) => pathway switch
    {
        Pathway.Exempt => "免予申报 Exempt",
        Pathway.StandardContractOrCertification => "标准合同备案或个人信息保护认证 Standard contract or certification",
        Pathway.SecurityAssessment => "数据出境安全评估 Security assessment",
        Pathway.OtherLawfulRoute => "其他合法途径 Another lawful route",
        _ => "尚无评估结论 No decision yet",
    };

    public static string Of(Confidence? confidence) => confidence switch
    {
        Confidence.ConfirmedTwoSources => "已经两个以上来源确认 Confirmed by two or more sources",
        Confidence.OneSource => "仅一个来源 One source only",
        Confidence.Unverified => "未经核实 Unverified",
        _ => "—（仅引擎说明 engine notes only）",
    };

    public static string Of(ItemKind kind) => kind == ItemKind.ImportantData ? "重要数据 Important data" : "个人信息 Personal information";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "是 Yes" : "否 No";

    public static string JoinOrNone(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "无 None" : string.Join("、", list);
    }
}
