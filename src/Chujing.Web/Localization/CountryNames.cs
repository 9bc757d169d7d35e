using System.Collections.Frozen;
using System.Text.Json;

namespace Chujing.Web.Localization;

/// <summary>
/// Names of countries and regions by ISO 3166-1 alpha-2 code, in Chinese and English, for everything a person reads
/// (details, print, Excel, charts). The table (<c>countries.json</c>) comes from the iso-codes project's ISO 3166-1
/// list and its zh_CN translation, with the names mainland usage gives Hong Kong, Macao and Taiwan (中国香港 …).
/// </summary>
public static class CountryNames
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> Names = Load();

    /// <summary>The name of <paramref name="code"/> in Chinese (or English), or the code itself when unknown.</summary>
    public static string Of(string code, bool english) =>
        Names.TryGetValue(code, out var n) ? (english ? n.En : n.Zh) : code;

    /// <summary>Both names of <paramref name="code"/>, or null when the table has no such code.</summary>
    public static (string Zh, string En)? Find(string code) =>
        Names.TryGetValue(code, out var n) ? n : null;

    /// <summary>The name in the current UI language.</summary>
    public static string Of(string code) => Of(code, UiText.IsEnglish);

    /// <summary>The codes whose Chinese or English name contains <paramref name="text"/> (ignoring case): 瑞士 finds CH.</summary>
    public static IReadOnlyList<string> CodesNamed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Names.Where(n => n.Value.Zh.Contains(text, StringComparison.OrdinalIgnoreCase) || n.Value.En.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(n => n.Key)];
    }

    private static FrozenDictionary<string, (string Zh, string En)> Load()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream("Chujing.Web.Localization.countries.json")
            ?? throw new InvalidOperationException("countries.json is not embedded");
        var table = JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream)!;
        return table.ToFrozenDictionary(p => p.Key, p => (p.Value[0], p.Value[1]), StringComparer.Ordinal);
    }
}
