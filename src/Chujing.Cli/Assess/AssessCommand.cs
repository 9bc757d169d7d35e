using System.CommandLine;
using Chujing.Domain.Assessment;
using Chujing.Cli.Catalogs;
using Chujing.Domain.Diagnostics;

namespace Chujing.Cli.Assess;

/// <summary>
/// <c>chujing assess &lt;activity.json|-&gt; [--json] [--as-of YYYY-MM-DD] [--min-confidence …] [--compare]</c>: the
/// pathway, with the articles that decided it.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("activity") { Description = "以 JSON 描述的数据出境活动（文件，或 - 表示标准输入） · The export activity as JSON (a file, or - for standard input)." };
        var json = new Option<bool>("--json") { Description = "以一个 JSON 文档写出评估结果 · Write the assessment as one JSON document." };
        var asOf = new Option<string?>("--as-of") { Description = "按该日（YYYY-MM-DD）施行的规则判定：当日有效的国家规则版本与负面清单版本 · Decide under the rules in force on this day (YYYY-MM-DD): the national edition and the list editions then in force." };
        var min = new Option<string?>("--min-confidence") { Description = "仅依据可信度不低于此级别的目录条目判定：confirmed-two-sources、one-source 或 unverified（默认） · Decide only on catalog entries of at least this confidence: confirmed-two-sources, one-source or unverified (default)." };
        var compare = new Option<bool>("--compare") { Description = "同时分别按仅国家规则及每个可能适用的负面清单版本判定，并列对照 · Also decide under the national rules alone and each list edition that could apply, side by side." };
        var command = new Command("assess", "评估数据出境活动：安全评估、标准合同或认证，或免予申报 · Assess an export activity: security assessment, standard contract or certification, or exempt.") { file, json, asOf, min, compare };
        command.SetAction(context, async (parseResult, cancellationToken) =>
        {
            var (bytes, source) = await InputFiles.ReadAllBytesAsync(context, parseResult.GetValue(file)!, cancellationToken).ConfigureAwait(false);
            var activity = ActivityReader.Read(bytes, source).ValueOrThrow();
            var catalogs = context.LoadCatalogs(parseResult);
            var today = context.CreateEngine(catalogs).AsOf;
            var options = AssessOptions.Parse(parseResult.GetValue(asOf), parseResult.GetValue(min), parseResult.GetValue(compare), today, catalogs, "--as-of", "--min-confidence").ValueOrThrow();
            var engine = options.AsOf == today ? context.CreateEngine(catalogs) : new AssessmentEngine(catalogs, options.AsOf);
            var assessment = engine.Assess(activity, source, options.MinConfidence).ValueOrThrow();
            if (options.Compare)
            {
                assessment = assessment with { Comparisons = engine.Compare(activity, options.MinConfidence) };
            }

            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, assessment);
            }
            else
            {
                AssessmentTable.Write(context.Console, assessment);
            }

            return ExitCode.Ok;
        });
        return command;
    }
}
