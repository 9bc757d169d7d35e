using System.CommandLine;
using Chujing.Evidence;
using Chujing.Evidence.Bundles;
using Chujing.Evidence.Storage;

namespace Chujing.Cli.Ledger;

/// <summary><c>chujing ledger export &lt;log&gt; &lt;bundle|-&gt;</c>: the whole log as one JSON Lines bundle that verifies offline.</summary>
internal static class LedgerExportCommand
{
    public static Command Create(CliContext context)
    {
        var log = LedgerCommand.LogArgument();
        var bundle = new Argument<string>("bundle") { Description = "The bundle file to write (JSON Lines), or '-' for standard output." };
        var command = new Command("export", "Export leaves, tree heads and the public key as one bundle, verifiable offline.");
        command.Arguments.Add(log);
        command.Arguments.Add(bundle);
        command.SetAction(context, async (parseResult, ct) =>
        {
            var location = parseResult.GetValue(log)!;
            var target = parseResult.GetValue(bundle)!;
            using var ledger = EvidenceLedger.Open(LedgerStores.Open(location, readOnly: !LedgerStores.IsPostgres(location)));
            if (target == "-")
            {
                using var buffer = new MemoryStream();
                LedgerBundle.Export(ledger, buffer);
                await context.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
                return ExitCode.Ok;
            }

            var temporary = target + ".partial";
            using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                LedgerBundle.Export(ledger, output);
                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            await context.Error.WriteLineAsync($"exported {ledger.Head.Size} leaves to {target}").ConfigureAwait(false);
            return ExitCode.Ok;
        });
        return command;
    }
}
