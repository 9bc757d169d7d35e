using System.Globalization;
using System.Text.RegularExpressions;

namespace Chujing.Web.Localization;

/// <summary>
/// The event field a deviation concerns, as a person reads it (出境字段第 2 项 for <c>fields[1]</c>, 境外接收方 for
/// <c>recipient</c>); a path it does not know reads as given.
/// </summary>
public static partial class EventPaths
{
    /// <summary>The label of <paramref name="path"/> in Chinese, or in English when <paramref name="english"/>.</summary>
    public static string Label(string path, bool english)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Indexed().Match(path) is { Success: true } m && UiText.Has("event." + m.Groups[1].Value))
        {
            var position = long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + 1;
            return string.Format(CultureInfo.InvariantCulture, UiText.In("event." + m.Groups[1].Value, english), position);
        }

        return UiText.Has("event." + path) ? UiText.In("event." + path, english) : path;
    }

    [GeneratedRegex(@"^([a-z]+)\[([0-9]{1,9})\]$")]
    private static partial Regex Indexed();
}
