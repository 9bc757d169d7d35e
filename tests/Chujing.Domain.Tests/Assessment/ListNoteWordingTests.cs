using Chujing.Domain.Assessment;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>
/// The engine's notes on whether a list applies name the list by its title (Chinese in the Chinese sentence, English in
/// the English one) and the zone as a proper name; the rule ids keep the edition id.
/// </summary>
public sealed class ListNoteWordingTests
{
    private const string Title = "中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）";
    private const string TitleEn = "Data Export Management List (Negative List) of the China (Beijing) Pilot FTZ (2024 Edition)";

    [Fact]
    public void Applies_NamesTheZoneCapitalisedAndTheEnglishTitle()
    {
        var note = Assert.Single(Assess(Beijing("bj-auto-ota", ["ota-type"])).Basis, b => b.Rule == "beijing-ftz/2024#applies");
        Assert.Equal($"The processor is in the Beijing Free Trade Zone, approved to use '{TitleEn}' and not a CIIO, so the list applies (art. 6).", note.Explanation);
        Assert.Equal($"数据处理者位于北京自由贸易试验区、已获准使用“{Title}”且不是关键信息基础设施运营者，清单适用（第六条）。", note.ExplanationZh);
    }

    public static TheoryData<string, ExportActivity> Ineligible() => new()
    {
        { "ciio", Beijing("bj-auto-ota", ["ota-type"], 150_000, ciio: true) },
        { "other zone", Beijing("bj-auto-ota", ["ota-type"], 150_000, zone: "tianjin") },
        { "not approved", Beijing("bj-auto-ota", ["ota-type"], 150_000, approved: false) },
        { "autonomous driving", Beijing("bj-auto-ota", ["ota-type"], 150_000, autonomousDriving: true) },
    };

    [Theory]
    [MemberData(nameof(Ineligible))]
    public void NotApplicable_NamesTheListByItsTitleNotItsId(string condition, ExportActivity activity)
    {
        var note = Assert.Single(Assess(activity).Basis, b => b.Rule == "beijing-ftz/2024#not-applicable");
        Assert.StartsWith($"'{TitleEn}' does not apply", note.Explanation, StringComparison.Ordinal);
        Assert.StartsWith($"“{Title}”不适用", note.ExplanationZh, StringComparison.Ordinal);
        Assert.DoesNotContain("beijing-ftz/2024", note.Explanation + note.ExplanationZh, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(condition));
    }

    [Fact]
    public void OtherZone_NamesBothZonesAsProperNames()
    {
        var note = Assert.Single(Assess(Beijing("bj-auto-ota", ["ota-type"], 150_000, zone: "tianjin")).Basis, b => b.Rule == "beijing-ftz/2024#not-applicable");
        Assert.Contains("it serves processors of the Beijing zone and this processor is in the Tianjin zone", note.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beijing", "Beijing")]
    [InlineData("hong-kong", "Hong Kong")]
    [InlineData("北京", "北京")]
    [InlineData(null, "")]
    public void ZoneInEnglish_CapitalisesEachWordOfAnId(string? zone, string expected) =>
        Assert.Equal(expected, CompiledList.ZoneInEnglish(zone));
}
