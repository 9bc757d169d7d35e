using System.CommandLine;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Spectre.Console;

namespace Chujing.Cli.Ledger;

/// <summary><c>chujing ledger head &lt;log&gt; [--json]</c>: the latest signed tree head.</summary>
internal static class LedgerHeadCommand
{
    public static Command Create(CliContext context)
    {
        var log = LedgerCommand.LogArgument();
        var json = LedgerCommand.JsonOption();
        var command = new Command("head", "显示最新的签名树头 · Show the latest signed tree head.");
        command.Arguments.Add(log);
        command.Options.Add(json);
        command.SetAction(context, (parseResult, ct) =>
        {
            using var ledger = EvidenceLedger.Open(LedgerStores.Open(parseResult.GetValue(log)!, readOnly: !LedgerStores.IsPostgres(parseResult.GetValue(log)!)));
            var document = SignedTreeHeadView.From(ledger.Head, ledger.Metadata);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, document);
            }
            else
            {
                var table = new Table().AddColumn("field").AddColumn("value");
                table.AddRow("size", document.Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
                table.AddRow("rootHash", document.RootHash);
                table.AddRow("timestamp", document.Timestamp);
                table.AddRow("signature", document.Signature);
                table.AddRow("suite", document.Suite);
                table.AddRow("publicKey", document.PublicKey);
                context.Console.Write(table);
            }

            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }
}
