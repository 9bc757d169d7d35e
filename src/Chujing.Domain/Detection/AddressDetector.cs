using System.Buffers;
using System.Runtime.CompilerServices;

namespace Chujing.Domain.Detection;

/// <summary>
/// Postal addresses in China: at least six characters, mostly Han, with an administrative-division token (省, 市, 区,
/// 县, 自治州, 旗… or a province name) and a street-level token (路, 街, 道, 巷, 弄, 号, 村, 镇, 小区, 栋, 室…).
/// </summary>
public sealed class AddressDetector : Detector
{
    private static readonly SearchValues<char> Division = SearchValues.Create("省市区县州旗盟");
    private static readonly SearchValues<string> Provinces = SearchValues.Create(
        ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
         "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆",
         "香港", "澳门"],
        StringComparison.Ordinal);

    private static readonly SearchValues<char> Street = SearchValues.Create("路街道巷弄号村镇乡里栋室楼苑园座屯组");

    public override string Id => "address";

    public override string Rule => "administrative division token (省/市/区/县… or a province) and a street token (路/街/号/村/室…)";

    public override NameEvidence NameEvidence => NameEvidence.PreferredOrStrongValues;

    public override IReadOnlyList<string> MustMatch { get; } =
        ["北京市朝阳区建国路88号", "广东省深圳市南山区科技园南区12栋301室", "上海浦东新区世纪大道100号", "浙江杭州西湖区文三路90号", "四川省成都市武侯区人民南路四段"];

    public override IReadOnlyList<string> MustNotMatch { get; } = ["北京市", "朝阳区", "建国路88号", "张三", "123456", "", "This is 1 Main St", "北京市朝阳区"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override DetectorMatch Detect(ReadOnlySpan<char> value)
    {
        if (value.Length is < 6 or > 200)
        {
            return DetectorMatch.None;
        }

        var hasDivision = value.IndexOfAny(Division) >= 0 || value.IndexOfAny(Provinces) >= 0;
        if (!hasDivision)
        {
            return DetectorMatch.None;
        }

        // The street token must come after the start, so that "北京市朝阳区" (divisions only) does not pass.
        var street = value[2..].IndexOfAny(Street);
        if (street < 0)
        {
            return DetectorMatch.None;
        }

        var han = 0;
        foreach (var c in value)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
        }

        return han * 2 >= value.Length ? DetectorMatch.Match : DetectorMatch.None;
    }
}
