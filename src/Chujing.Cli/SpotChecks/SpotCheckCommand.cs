using System.CommandLine;

namespace Chujing.Cli.SpotChecks;

/// <summary><c>chujing spot-check …</c>: re-derive a spot check's sample offline.</summary>
internal static class SpotCheckCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("spot-check", "Spot checks (一致性抽验): re-derive a published draw offline.");
        command.Subcommands.Add(SpotCheckPlanCommand.Create(context));
        return command;
    }
}
