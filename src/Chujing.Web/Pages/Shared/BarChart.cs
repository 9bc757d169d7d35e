using System.Globalization;

namespace Chujing.Web.Pages.Shared;

/// <summary>A horizontal bar chart drawn on the server as inline SVG (no script, no external asset).</summary>
public sealed record BarChart(string Title, IReadOnlyList<KeyValuePair<string, long>> Bars)
{
    /// <summary>Estimated width of a character at the chart's 12 px font: full-width (CJK) characters about 12 px, others about 7.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune) ? 12 : 7;
        }

        return width;
    }

    /// <summary>
    /// The label shortened with "…" so that it fits in <paramref name="pixels"/>: an SVG label drawn right-aligned at
    /// the bar would otherwise run off the chart's left edge. The full label stays in the bar's tooltip.
    /// </summary>
    public static string Fit(string label, int pixels)
    {
        if (Width(label) <= pixels)
        {
            return label;
        }

        var fitted = new System.Text.StringBuilder();
        var width = 12; // the ellipsis
        foreach (var rune in label.EnumerateRunes())
        {
            var w = IsWide(rune) ? 12 : 7;
            if (width + w > pixels)
            {
                break;
            }

            fitted.Append(rune.ToString());
            width += w;
        }

        return fitted.Append('…').ToString();
    }

    private static bool IsWide(System.Text.Rune rune) =>
        System.Text.Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherLetter || rune.Value is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF;
}
