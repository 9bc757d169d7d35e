using System.CommandLine;
using System.CommandLine.Help;

namespace Chujing.Cli;

/// <summary>The <c>chujing</c> command line: builds the verbs, parses, runs, and maps usage errors to exit code 2.</summary>
internal static class ChujingCommand
{
    /// <summary>Runs the command line in this process's console.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.FromProcess());

    /// <summary>Runs the command line against <paramref name="context"/> (tests pass their own writers).</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Build(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine's own help and version actions are not errors; everything else is a usage error.
            // "Unrecognized command or argument 'frob'" says more than "Required command was not provided".
            var error = parseResult.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parseResult.Errors[0];
            var message = string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            await context.Error.WriteLineAsync(CliText.Error(message, "（用法见 chujing --help）", " (see 'chujing --help')")).ConfigureAwait(false);
            return ExitCode.InvalidInput;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The whole command tree (tests walk it to check every description).</summary>
    internal static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("出境（Chujing）：数据出境合规——规则目录、评估、扫描与存证 · Chujing: cross-border data transfer compliance — catalogs, assessment, scanning, evidence.");
        root.Options.Add(context.CatalogDirs);
        foreach (var option in root.Options)
        {
            // System.CommandLine's own options, described as every other one (their names and behaviour unchanged).
            option.Description = option switch
            {
                HelpOption => "显示帮助与用法 · Show help and usage information",
                VersionOption => "显示版本信息 · Show version information",
                _ => option.Description,
            };
        }

        foreach (var command in CommandRegistry.Create(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
