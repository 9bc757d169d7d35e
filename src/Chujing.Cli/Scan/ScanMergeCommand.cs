using System.CommandLine;
using Chujing.Scanning.Partials;

namespace Chujing.Cli.Scan;

/// <summary><c>chujing scan merge &lt;partial&gt;... [--json]</c>: the report one scan of all the partials' inputs gives.</summary>
internal static class ScanMergeCommand
{
    /// <summary>At most this many partials are merged at once.</summary>
    private const int MaxPartials = 10_000;

    public static Command Create(CliContext context)
    {
        var partials = new Argument<string[]>("partials")
        {
            Description = "Partial results written by chujing scan … --partial, under one person key",
            Arity = new ArgumentArity(1, MaxPartials),
        };
        var json = new Option<bool>("--json") { Description = "Write one JSON document, as chujing scan DIR --json" };
        var html = new Option<string?>("--html") { HelpName = "file", Description = "Also write a self-contained bilingual HTML report to this file" };
        var threshold = new Option<double>("--threshold")
        {
            HelpName = "ratio",
            Description = "Share of a column's non-empty values that must be of a type (0-1]",
            DefaultValueFactory = _ => 0.8,
        };
        var sensitivity = new Option<string?>("--sensitivity") { HelpName = "file", Description = "A JSON table overriding which types are sensitive" };
        var memory = new Option<int>("--person-memory-mb")
        {
            HelpName = "MiB",
            Description = "Memory for linking persons before it spills to temporary files (MiB)",
            DefaultValueFactory = _ => 128,
        };
        var keyFile = ScanCommand.PersonKeyFileOption();
        var command = new Command("merge", "Merge partial scan results into the report of one scan of all their inputs (合并分片扫描结果)");
        command.Arguments.Add(partials);
        foreach (var option in (Option[])[json, html, threshold, sensitivity, memory, keyFile])
        {
            command.Options.Add(option);
        }

        command.SetAction(context, async (parseResult, cancellationToken) =>
        {
            var options = ScanCommand.BuildOptions(parseResult.GetValue(threshold), parseResult.GetValue(sensitivity), parseResult.GetValue(memory));
            var key = ScanCommand.PersonKey(parseResult.GetValue(keyFile));
            var paths = parseResult.GetValue(partials)!;
            var report = await Task.Run(() => PartialMerge.Merge(paths, options, key), cancellationToken).ConfigureAwait(false);
            await ScanCommand.WriteAsync(context, report, parseResult.GetValue(json), parseResult.GetValue(html), cancellationToken).ConfigureAwait(false);
            return ExitCode.Ok;
        });
        return command;
    }
}
