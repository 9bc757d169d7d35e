using System.Text;
using System.Text.Json;
using Chujing.Cli;

namespace Chujing.Cli.Tests;

/// <summary>Runs the whole <c>chujing</c> command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(string[] args, string stdin = "")
    {
        var output = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var context = new CliContext(output, error, new StringReader(stdin), false, TimeProvider.System);
        var code = await ChujingCommand.RunAsync(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, string.Empty);

    public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

    /// <summary>
    /// A bilingual error line (<c>错误 error: place: 中文 · English</c>) as the English diagnostic alone
    /// (<c>error: place: English</c>), so that a test can look for the place and the English message together. The place
    /// is the longest start of the line that ends in <c>": "</c> and holds no Chinese.
    /// </summary>
    public static string English(string line)
    {
        const string Prefix = "错误 error: ";
        var beside = line.IndexOf(" · ", StringComparison.Ordinal);
        if (!line.StartsWith(Prefix, StringComparison.Ordinal) || beside < 0)
        {
            return line;
        }

        var left = line[Prefix.Length..beside];
        var chinese = left.IndexOfAny(ChineseMarks);
        var place = chinese < 0 ? left : left[..chinese];
        var end = place.LastIndexOf(": ", StringComparison.Ordinal);
        return "error: " + (end < 0 ? string.Empty : place[..(end + 2)]) + line[(beside + 3)..];
    }

    /// <summary>Every line of standard error, each as <see cref="English(string)"/> says it.</summary>
    public string EnglishError => string.Join('\n', ErrorLines.Select(English));

    private static readonly char[] ChineseMarks = [.. Enumerable.Range(0x4e00, 0x9fff - 0x4e00 + 1).Select(c => (char)c), '“', '（', '：'];

    /// <summary>
    /// A line a person reads: the prefix in both languages, then Chinese (CJK after the prefix) and the English beside it
    /// after <c> · </c>; the ledger's <c>committed N</c> lines are machine-read and stay as they are.
    /// </summary>
    public static bool IsBilingual(string line)
    {
        if (line.StartsWith("committed ", StringComparison.Ordinal))
        {
            return true;
        }

        var prefix = new[] { CliText.ErrorPrefix, CliText.WarningPrefix, CliText.NotePrefix }.FirstOrDefault(p => line.StartsWith(p, StringComparison.Ordinal));
        if (prefix is null)
        {
            return false;
        }

        var rest = line[prefix.Length..];
        var beside = rest.IndexOf(" · ", StringComparison.Ordinal);
        return beside > 0 && rest[..beside].Any(IsCjk) && rest[(beside + 3)..].Any(char.IsAsciiLetter);
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>Error output as lines.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
