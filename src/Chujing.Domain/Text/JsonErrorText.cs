using System.Text.RegularExpressions;

namespace Chujing.Domain.Text;

/// <summary>
/// The JSON reader's messages made fit for a one-line diagnostic: the reader quotes the bytes it stopped at up to
/// the end of the line and beyond (<c>'nope\n' is an invalid JSON literal</c>); the quote keeps the token only.
/// </summary>
public static partial class JsonErrorText
{
    /// <summary>
    /// <paramref name="message"/> with each quoted span that runs over a line break cut before the break (its trailing
    /// whitespace removed); a span of whitespace only is shown escaped (<c>'\n'</c>).
    /// </summary>
    public static string Tidy(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return QuotedOverLineBreak().Replace(message, m =>
        {
            var span = m.Groups["span"].Value;
            var token = span[..span.IndexOfAny(['\r', '\n'])].TrimEnd();
            return "'" + (token.Length > 0 ? token : Escaped(span)) + "'";
        });
    }

    private static string Escaped(string span) =>
        span.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    [GeneratedRegex(@"'(?<span>[^']*[\r\n][^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedOverLineBreak();
}
