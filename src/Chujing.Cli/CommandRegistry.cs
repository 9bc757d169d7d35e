using System.CommandLine;
using Chujing.Cli.Assess;
using Chujing.Cli.Catalogs;
using Chujing.Cli.Scan;

namespace Chujing.Cli;

/// <summary>Every top-level verb, one line each.</summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return CatalogCommand.Create(context);
        yield return AssessCommand.Create(context);
        yield return ScanCommand.Create(context);
        yield return Ledger.LedgerCommand.Create(context);
        yield return Check.CheckCommand.Create(context);
        yield return Documents.DocumentsCommand.Create(context);
        yield return Serve.ServeCommand.Create(context);
        yield return SpotChecks.SpotCheckCommand.Create(context);
        yield return Accounts.AccountsCommand.Create(context);
    }
}
