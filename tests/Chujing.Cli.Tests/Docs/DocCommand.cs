using System.Text.RegularExpressions;

namespace Chujing.Cli.Tests.Docs;

/// <summary>
/// A <c>chujing …</c> command shown in a fenced code block of README.md or docs/*.md (or a <c>mkdir</c> line that
/// prepares for the next ones): the line as written without its trailing comment, where it is, and the error line
/// the documentation shows under it (<c>#   错误 error: …</c>), if any.
/// </summary>
internal sealed partial record DocCommand(string File, int Line, string Text, string? ShownError)
{
    /// <summary>Every such command, in document order: README.md first, then docs/*.md by name.</summary>
    public static IReadOnlyList<DocCommand> All(string root)
    {
        var files = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal));
        var commands = new List<DocCommand>();
        foreach (var file in files)
        {
            var lines = System.IO.File.ReadAllLines(file);
            var inBlock = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var trimmed = lines[i].Trim();
                if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                {
                    inBlock = !inBlock;
                    continue;
                }

                var text = WithoutComment(trimmed);
                if (!inBlock || !(Invocation().IsMatch(text) || IsSetup(text)))
                {
                    continue;
                }

                var next = i + 1 < lines.Length ? lines[i + 1].Trim() : string.Empty;
                var shown = ShownErrorLine().Match(next) is { Success: true } m ? m.Groups["error"].Value : null;
                commands.Add(new DocCommand(Path.GetRelativePath(root, file).Replace('\\', '/'), i + 1, text, shown));
            }
        }

        return commands;
    }

    /// <summary>A line that makes the folders the next commands write into (<c>mkdir -p …</c>): run too, never listed.</summary>
    public static bool IsSetup(string text) => text.StartsWith("mkdir ", StringComparison.Ordinal);

    /// <summary>The line up to a shell comment (<c>#</c> at the start or after a space).</summary>
    private static string WithoutComment(string line)
    {
        if (line.StartsWith('#'))
        {
            return string.Empty;
        }

        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        return (hash < 0 ? line : line[..hash]).TrimEnd();
    }

    /// <summary><c>chujing</c> as a command word: at the start, or after a pipe, <c>;</c>, <c>&amp;&amp;</c> or an opening quote.</summary>
    [GeneratedRegex(@"(^|[|;&]\s*|['""])chujing\s")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"^#\s+(?<error>错误 error: .+)$")]
    private static partial Regex ShownErrorLine();
}
