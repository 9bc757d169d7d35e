using System.CommandLine;
using Chujing.Cli;

namespace Chujing.Cli.Tests.Accounts;

/// <summary>
/// Every command, option and argument of <c>chujing</c>, walked from the root the command line runs, is described in
/// Chinese first, then <c> · </c>, then the English: a verb or option added without its Chinese fails here.
/// </summary>
public sealed class CommandTreeHelpTests
{
    [Fact]
    public void EveryDescription_ChineseFirstWithEnglishBeside()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, false, TimeProvider.System);
        var described = new List<(string What, string? Description)>();
        Walk(ChujingCommand.Build(context), "chujing", described);

        Assert.True(described.Count >= 90, $"only {described.Count} descriptions found in the command tree");
        var wrong = described.Where(d => Problem(d.Description) is not null).Select(d => $"{d.What}: {Problem(d.Description)}: {d.Description}").ToArray();
        Assert.True(wrong.Length == 0, string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("扫描 · Scan", null)]
    [InlineData("Scan (扫描)", "not Chinese first")]
    [InlineData("扫描数据", "no ' · ' with English after it")]
    [InlineData("扫描 · 数据", "no ' · ' with English after it")]
    [InlineData("Scan", "not Chinese first")]
    [InlineData(null, "no description")]
    public void Problem_NamesWhatIsMissing(string? description, string? problem) => Assert.Equal(problem, Problem(description));

    private static void Walk(Command command, string path, List<(string, string?)> described)
    {
        described.Add((path, command.Description));
        foreach (var option in command.Options)
        {
            described.Add(($"{path} {option.Name}", option.Description));
        }

        foreach (var argument in command.Arguments)
        {
            described.Add(($"{path} <{argument.Name}>", argument.Description));
        }

        foreach (var sub in command.Subcommands)
        {
            Walk(sub, $"{path} {sub.Name}", described);
        }
    }

    private static string? Problem(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return "no description";
        }

        var firstChinese = IndexOf(description, c => c is >= '\u4e00' and <= '\u9fff');
        var firstLatin = IndexOf(description, char.IsAsciiLetter);
        if (firstChinese < 0 || (firstLatin >= 0 && firstLatin < firstChinese))
        {
            return "not Chinese first";
        }

        var beside = description.IndexOf(" · ", StringComparison.Ordinal);
        return beside > 0 && description[(beside + 3)..].Any(char.IsAsciiLetter) ? null : "no ' · ' with English after it";
    }

    private static int IndexOf(string text, Func<char, bool> match)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (match(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
