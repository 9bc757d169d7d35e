namespace Chujing.Cli.Tests.Accounts;

/// <summary>
/// <c>chujing accounts create --help</c> is read by whoever installs the platform: the command and each of its options
/// are described in Chinese first with the English beside, under the option spellings of the contract.
/// </summary>
public sealed class AccountsHelpTests
{
    [Fact]
    public async Task CreateHelp_EveryOptionChineseFirstWithEnglishBeside()
    {
        var run = await CliRun.RunAsync("accounts", "create", "--help");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        foreach (var option in new[] { "--db", "--role", "--email", "--name", "--regulator", "--zone-group", "--password-stdin", "--public-url" })
        {
            var line = Assert.Single(lines, l => l.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
            AssertChineseFirst(line[(line.IndexOf("  ", line.IndexOf(option, StringComparison.Ordinal), StringComparison.Ordinal) + 2)..].Trim(), option);
        }

        var description = lines[Array.FindIndex(lines, l => l.StartsWith("Description:", StringComparison.Ordinal)) + 1].Trim();
        AssertChineseFirst(description, "the description");
        Assert.Contains("创建监管人员账户", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountsHelp_CommandChineseFirst()
    {
        var run = await CliRun.RunAsync("--help");
        var line = Assert.Single(run.Out.Split('\n'), l => l.TrimStart().StartsWith("accounts ", StringComparison.Ordinal));
        AssertChineseFirst(line.Trim()["accounts".Length..].Trim(), "accounts");
    }

    private static void AssertChineseFirst(string text, string what)
    {
        var beside = text.IndexOf(" · ", StringComparison.Ordinal);
        Assert.True(beside > 0, $"{what}: no English beside the Chinese: {text}");
        Assert.True(text[..beside].Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{what}: not Chinese first: {text}");
        Assert.Contains(text[(beside + 3)..], c => char.IsAsciiLetter(c));
    }
}
