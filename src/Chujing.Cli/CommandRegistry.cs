using System.CommandLine;

namespace Chujing.Cli;

/// <summary>Every top-level verb, one line each.</summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Serve.ServeCommand.Create(context);
    }
}
