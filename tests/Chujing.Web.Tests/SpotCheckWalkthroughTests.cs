using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.TestSupport;

namespace Chujing.Web.Tests;

/// <summary>
/// The spot-check walkthrough of docs/spot-checks.md, run as a new user runs it: <c>chujing serve --demo</c> on a
/// fresh database, then the page's shell lines in order (curl and jq, the demo's address for 127.0.0.1:5080), on
/// whatever day the test runs. The check must cover the demo's 13 exports, draw, take the example payload as
/// matching, and run into the findings the page names.
/// </summary>
public sealed class SpotCheckWalkthroughTests : IDisposable
{
    private const string Separator = "@@walkthrough@@";

    private readonly string _dir = Directory.CreateTempSubdirectory("chujing-walkthrough-").FullName;

    [Fact]
    public async Task Walkthrough_RunsOnAnyDay_AgainstTheDemo()
    {
        using var node = await ServeProcess.StartAsync(Path.Combine(_dir, "demo.db"), _dir, demo: true);
        Directory.CreateSymbolicLink(Path.Combine(_dir, "examples"), RepositoryPaths.Of("examples"));
        var lines = ShellLines(await File.ReadAllTextAsync(RepositoryPaths.Of("docs", "spot-checks.md")));
        Assert.Contains(lines, l => l.StartsWith("check=", StringComparison.Ordinal));

        var script = new StringBuilder("set -e\n");
        foreach (var line in lines)
        {
            script.Append(line.Replace("http://127.0.0.1:5080", node.Address.ToString().TrimEnd('/'), StringComparison.Ordinal)).Append('\n');
            script.Append("echo ").Append(Separator).Append('\n');
        }

        var (exit, output, error) = await ShellAsync(script.ToString());
        Assert.True(exit == 0, $"exit {exit}: {error}\n{output}");
        var answers = output.Split(Separator, StringSplitOptions.TrimEntries).Where(a => a.StartsWith('{')).Select(a => JsonNode.Parse(a)!).ToList();

        // The check the page planned covers the demo's 13 exports (a period that missed their day would hold none).
        var drawn = Assert.Single(answers, a => (string?)a["status"] == "drawn");
        Assert.Equal(13, (int)drawn["population"]!["records"]!);
        Assert.True((bool)Assert.Single(answers, a => a["matches"] is not null)["matches"]!);
        var ran = Assert.Single(answers, a => a["findings"] is JsonArray);
        var kinds = ran["findings"]!.AsArray().Select(f => (string?)f!["kind"]).ToHashSet();
        Assert.Superset(new HashSet<string?> { "recipient-not-filed", "country-not-filed", "scenario-not-filed" }, kinds);

        // The public population of the same check, as the last block fetches it.
        var population = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "population.json")))!;
        Assert.Equal((string?)drawn["id"], (string?)population["check"]);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The shell lines of the walkthrough's code blocks, without the <c>chujing</c> commands (the node is already serving; the offline re-derivation needs the page's hash).</summary>
    private static List<string> ShellLines(string page)
    {
        var start = page.IndexOf("## Walkthrough in the demo", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/spot-checks.md has no walkthrough");
        var end = page.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var section = page[start..(end < 0 ? page.Length : end)].Split('\n');
        var lines = new List<string>();
        var inBlock = false;
        foreach (var line in section)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (inBlock && line.Trim().Length > 0 && !line.StartsWith("chujing ", StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private async Task<(int Exit, string Output, string Error)> ShellAsync(string script)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await output, await error);
    }
}
