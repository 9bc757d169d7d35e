using System.Globalization;
using Chujing.Domain.Diagnostics;

namespace Chujing.Scanning.Csv;

/// <summary>
/// The two ways a malformed CSV row can swallow the rest of a file: a quote never closed (every later line becomes
/// part of one field) and a row longer than the parser's limit. Both are named by line, never passed over silently.
/// </summary>
internal static class CsvRowFaults
{
    /// <summary>The longest row the parser holds (Sep's limit, in characters).</summary>
    public const int MaxRowLength = 16 * 1024 * 1024;

    /// <summary>
    /// For a row read raw (quotes still in place) that spans several lines, starting at <paramref name="firstLine"/>:
    /// a quote never closed (the line where it opens), or a quoted field whose later lines each look like a whole row
    /// (at least as many separators as the header has; <see cref="RowFault.Closed"/>). Null when neither.
    /// </summary>
    public static RowFault? Unbalanced(ReadOnlySpan<char> raw, long firstLine, char separator, int columns)
    {
        if ((raw.Count('"') & 1) == 1)
        {
            return new RowFault(firstLine + raw[..FirstQuoteAcrossLines(raw)].Count('\n'), false);
        }

        var body = raw[(raw.IndexOf('\n') + 1)..].TrimEnd('\n');
        if (columns < 2 || body.IsEmpty)
        {
            return null;
        }

        foreach (var text in body.EnumerateLines())
        {
            if (text.Count(separator) < columns - 1)
            {
                return null;
            }
        }

        return new RowFault(firstLine, true);
    }

    /// <summary>The first opening quote whose quoted text holds a newline (or is never closed): where the trouble starts.</summary>
    private static int FirstQuoteAcrossLines(ReadOnlySpan<char> raw)
    {
        var open = raw.IndexOf('"');
        while (open >= 0)
        {
            var close = raw[(open + 1)..].IndexOf('"');
            if (close < 0 || raw.Slice(open, close + 1).Contains('\n'))
            {
                return open;
            }

            var next = raw[(open + close + 2)..].IndexOf('"');
            open = next < 0 ? -1 : open + close + 2 + next;
        }

        return 0;
    }

    /// <summary>The warning for a quoted field from <paramref name="line"/> to <paramref name="lastLine"/> whose lines look like rows.</summary>
    public static string RowsInsideQuotesWarning(long line, long lastLine) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}: a quoted field runs to line {lastLine} and its lines look like rows (a quote not closed?); they were read as one field, not as rows");

    /// <summary>The warning for a quote opened at <paramref name="line"/> and still open where the file ends.</summary>
    public static string UnclosedQuoteWarning(long line, long lastLine) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}: a quote opens here and the quotes after it do not pair up before the end of the file, so lines {line}-{lastLine} were read as one field and the rows on them were not scanned; close the quote (or double a quote inside a field)");

    /// <summary>The error for a row at <paramref name="line"/> longer than <see cref="MaxRowLength"/>.</summary>
    public static InvalidInputException RowTooLong(string source, long line) =>
        new(new Diagnostic(source, (int)Math.Min(line, int.MaxValue), 0, null, string.Create(CultureInfo.InvariantCulture, $"the row starting on this line is longer than {MaxRowLength:N0} characters (a quote never closed, or a field of many megabytes?); the scanner reads rows up to that length")));

    /// <summary>Where a row's quoting goes wrong.</summary>
    /// <param name="Line">The line the fault starts on.</param>
    /// <param name="Closed">True when the quotes pair up but enclose what look like rows.</param>
    public readonly record struct RowFault(long Line, bool Closed);
}
