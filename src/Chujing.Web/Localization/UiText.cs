using System.Globalization;

namespace Chujing.Web.Localization;

/// <summary>
/// The UI's words, Chinese first with English beside: <c>T["filings"]</c> gives the text for the request's UI culture
/// (<c>zh-CN</c> unless the English switch set <c>en</c>). An unknown key shows itself, so a gap is visible, not blank.
/// </summary>
public sealed partial class UiText
{
    /// <summary>The text for <paramref name="key"/> in the current UI culture.</summary>
    public string this[string key] => In(key, IsEnglish);

    /// <summary>The text for <paramref name="key"/> in the other language (English under Chinese, Chinese under the English switch), or null.</summary>
    public string? Beside(string key) =>
        TryFind(key, out var t) ? (IsEnglish ? t.Zh : t.En) : null;

    /// <summary>True when <paramref name="key"/> has a text.</summary>
    public static bool Has(string key) => TryFind(key, out _);

    /// <summary>The text for <paramref name="key"/> in Chinese, or in English when <paramref name="english"/>.</summary>
    public static string In(string key, bool english) =>
        TryFind(key, out var t) ? (english ? t.En : t.Zh) : key;

    /// <summary>True when the English switch is on.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text of an enum value, looked up by its kebab-case name (e.g. <c>status.under-review</c>).</summary>
    public string Of<TEnum>(string prefix, TEnum value)
        where TEnum : struct, Enum => this[prefix + "." + Chujing.Domain.Filings.FilingNames.Of(value)];

    private static bool TryFind(string key, out (string Zh, string En) text) =>
        Texts.TryGetValue(key, out text) || EditionTexts.TryGetValue(key, out text) || MessageTexts.TryGetValue(key, out text)
        || ListTexts.TryGetValue(key, out text) || AccountTexts.TryGetValue(key, out text) || NotificationTexts.TryGetValue(key, out text)
        || AuditTexts.TryGetValue(key, out text);
}
