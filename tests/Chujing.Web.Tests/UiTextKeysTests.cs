using System.Collections.Frozen;
using System.Reflection;
using Chujing.Web.Localization;

namespace Chujing.Web.Tests;

/// <summary>
/// The UI's word lists are split over partial files; a key defined in two of them would show whichever is looked up
/// first and hide the other, so every key lives in exactly one list.
/// </summary>
public sealed class UiTextKeysTests
{
    [Fact]
    public void EveryKey_IsDefinedInOneWordListOnly()
    {
        var lists = typeof(UiText).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(FrozenDictionary<string, (string Zh, string En)>))
            .Select(f => (f.Name, Keys: ((FrozenDictionary<string, (string Zh, string En)>)f.GetValue(null)!).Keys))
            .ToList();
        Assert.True(lists.Count >= 7, string.Join(", ", lists.Select(l => l.Name)));
        var twice = lists.SelectMany(l => l.Keys.Select(k => (k, l.Name))).GroupBy(x => x.k).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(x => x.Name))})").ToList();
        Assert.True(twice.Count == 0, string.Join("; ", twice));
    }

    [Fact]
    public void CodesLabelled_FindsCodesByChineseOrEnglishLabel_OnlyDirectlyUnderThePrefix()
    {
        Assert.Contains("approve", UiText.CodesLabelled("audit.action", "通过"));
        Assert.Contains("approve", UiText.CodesLabelled("audit.action", "APPROVE"));
        Assert.Contains("account", UiText.CodesLabelled("audit.entity", "账户"));
        Assert.DoesNotContain("approve", UiText.CodesLabelled("audit.action", "撤销"));
        Assert.Empty(UiText.CodesLabelled("audit.entity", "通过"));
        Assert.DoesNotContain(UiText.CodesLabelled("audit", "操作"), c => c.Contains('.', StringComparison.Ordinal));
    }
}
