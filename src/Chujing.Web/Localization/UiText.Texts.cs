using System.Collections.Frozen;

namespace Chujing.Web.Localization;

/// <summary>The word list.</summary>
public sealed partial class UiText
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> Texts = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal)
    {
        ["app.name"] = ("出境数据监管平台", "Chujing supervision platform"),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
