using System.Net;
using System.Text.RegularExpressions;

namespace Chujing.Web.Tests.Labels;

/// <summary>What a person reads on a page: the text of its elements, without tags and attributes (which may hold codes for scripts).</summary>
internal static partial class PageText
{
    /// <summary>The text inside every element marked <c>data-testid="<paramref name="testId"/>"</c>, each as one string.</summary>
    public static IReadOnlyList<string> Of(string html, string testId)
    {
        var texts = new List<string>();
        var marker = $"data-testid=\"{testId}\"";
        for (var at = html.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = html.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            var open = html.LastIndexOf('<', at);
            var name = TagName().Match(html, open + 1).Value;
            var (depth, i) = (0, open);
            while (i < html.Length)
            {
                var next = html.IndexOf('<', i + 1);
                if (next < 0)
                {
                    break;
                }

                if (string.CompareOrdinal(html, next, "</" + name, 0, name.Length + 2) == 0)
                {
                    if (depth == 0)
                    {
                        texts.Add(Text(html[open..next]));
                        break;
                    }

                    depth--;
                }
                else if (string.CompareOrdinal(html, next, "<" + name, 0, name.Length + 1) == 0 && !SelfClosing(html, next))
                {
                    depth++;
                }

                i = next;
            }
        }

        return texts;
    }

    /// <summary>The text of <paramref name="html"/>: tags removed, entities decoded, spaces collapsed.</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    private static bool SelfClosing(string html, int at) => html[at..html.IndexOf('>', at)].EndsWith('/');

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[a-zA-Z0-9]+")]
    private static partial Regex TagName();
}
