using System.CommandLine;

namespace Chujing.Cli.Accounts;

/// <summary><c>chujing accounts …</c>: officials' accounts made on the server's console (the first city account).</summary>
internal static class AccountsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("accounts", "在服务器控制台上创建监管人员账户（如新安装的第一个市级账户） · Officials' accounts made on the server's console (e.g. the first city account of an install).");
        command.Subcommands.Add(AccountsCreateCommand.Create(context));
        return command;
    }
}
