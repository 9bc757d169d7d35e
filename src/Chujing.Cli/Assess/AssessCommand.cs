using System.CommandLine;
using Chujing.Domain.Assessment;
using Chujing.Cli.Catalogs;
using Chujing.Domain.Diagnostics;

namespace Chujing.Cli.Assess;

/// <summary><c>chujing assess &lt;activity.json|-&gt; [--json]</c>: the pathway, with the articles that decided it.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("activity") { Description = "The export activity as JSON (a file, or - for standard input)." };
        var json = new Option<bool>("--json") { Description = "Write the assessment as one JSON document." };
        var command = new Command("assess", "Assess an export activity: security assessment, standard contract or certification, or exempt.") { file, json };
        command.SetAction(context, async (parseResult, cancellationToken) =>
        {
            var (bytes, source) = await InputFiles.ReadAllBytesAsync(context, parseResult.GetValue(file)!, cancellationToken).ConfigureAwait(false);
            var activity = ActivityReader.Read(bytes, source).ValueOrThrow();
            var engine = context.CreateEngine(context.LoadCatalogs(parseResult));
            var assessment = engine.Assess(activity, source).ValueOrThrow();
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
