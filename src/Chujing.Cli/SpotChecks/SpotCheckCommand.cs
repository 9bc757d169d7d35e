using System.CommandLine;

namespace Chujing.Cli.SpotChecks;

/// <summary><c>chujing spot-check …</c>: re-derive a spot check's sample offline.</summary>
internal static class SpotCheckCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("spot-check", "一致性抽验：离线复现已公布的抽取结果 · Spot checks: re-derive a published draw offline.");
        command.Subcommands.Add(SpotCheckPlanCommand.Create(context));
        return command;
    }
}
