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
            Description = "由 chujing scan … --partial 在同一人员密钥下写出的分片结果 · Partial results written by chujing scan … --partial, under one person key",
            Arity = new ArgumentArity(1, MaxPartials),
        };
        var json = new Option<bool>("--json") { Description = "写出一个 JSON 文档，与 chujing scan DIR --json 相同 · Write one JSON document, as chujing scan DIR --json" };
        var html = new Option<string?>("--html") { HelpName = "file", Description = "另将独立的中英双语 HTML 报告写入此文件 · Also write a self-contained bilingual HTML report to this file" };
        var threshold = new Option<double>("--threshold")
        {
            HelpName = "ratio",
            Description = "列中非空值须属于某一类型的比例，(0-1] · Share of a column's non-empty values that must be of a type (0-1]",
            DefaultValueFactory = _ => 0.8,
        };
        var sensitivity = new Option<string?>("--sensitivity") { HelpName = "file", Description = "覆盖敏感个人信息类型认定的 JSON 表 · A JSON table overriding which types are sensitive" };
        var memory = new Option<int>("--person-memory-mb")
        {
            HelpName = "MiB",
            Description = "关联人员时转存临时文件前可用的内存（MiB） · Memory for linking persons before it spills to temporary files (MiB)",
            DefaultValueFactory = _ => 128,
        };
        var keyFile = ScanCommand.PersonKeyFileOption();
        var command = new Command("merge", "合并分片扫描结果，得出与一次扫描全部输入相同的报告 · Merge partial scan results into the report of one scan of all their inputs");
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
