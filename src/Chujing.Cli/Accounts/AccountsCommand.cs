using System.CommandLine;

namespace Chujing.Cli.Accounts;

/// <summary><c>chujing accounts …</c>: officials' accounts made on the server's console (the first city account).</summary>
internal static class AccountsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("accounts", "Officials' accounts made on the server's console (e.g. the first city account of an install).");
        command.Subcommands.Add(AccountsCreateCommand.Create(context));
        return command;
    }
}
