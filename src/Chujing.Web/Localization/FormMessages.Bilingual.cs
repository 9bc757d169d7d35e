namespace Chujing.Web.Localization;

/// <summary>A message with its Chinese beside it, for the lines and problems a person reads outside a form.</summary>
public static partial class FormMessages
{
    /// <summary>
    /// <c>中文 · English</c> of <paramref name="english"/>, or the English alone when no Chinese is known. A message that
    /// starts with its place (<c>log.db: the ledger is damaged …</c>) names the place once, before both; with
    /// <paramref name="dropPlace"/> a place without spaces (a file's path, a store's name) is left out, for callers who
    /// must not be told where it happened.
    /// </summary>
    public static string Bilingual(string english, bool dropPlace = false)
    {
        ArgumentNullException.ThrowIfNull(english);
        var zh = Message(english, english: false);
        var known = !string.Equals(zh, english, StringComparison.Ordinal);
        var end = english.IndexOf(": ", StringComparison.Ordinal);
        var place = end < 0 ? string.Empty : english[..(end + 2)];
        var placed = place.Length > 0 && zh.StartsWith(place, StringComparison.Ordinal);
        if (dropPlace && place.Length > 0 && !place[..^2].Contains(' ', StringComparison.Ordinal))
        {
            english = english[place.Length..];
            zh = placed ? zh[place.Length..] : zh;
            (place, placed) = (string.Empty, false);
        }

        return !known ? english
            : placed ? $"{place}{zh[place.Length..]} · {english[place.Length..]}"
            : $"{zh} · {english}";
    }
}
