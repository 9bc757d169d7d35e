using System.Globalization;
using System.CommandLine;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Bundles;
using Chujing.Evidence.Storage;

namespace Chujing.Cli.Ledger;

/// <summary><c>chujing ledger export &lt;log&gt; &lt;bundle|-&gt; [--force] [--json]</c>: the whole log as one JSON Lines bundle that verifies offline.</summary>
internal static class LedgerExportCommand
{
    public static Command Create(CliContext context)
    {
        var log = LedgerCommand.LogArgument();
        var bundle = new Argument<string>("bundle") { Description = "要写出的证据包文件（JSON Lines），或 '-' 表示标准输出 · The bundle file to write (JSON Lines), or '-' for standard output." };
        var force = new Option<bool>("--force") { Description = "覆盖已有的证据包文件（绝不覆盖账本本身或其密钥） · Replace an existing bundle file (never the ledger itself or its key)." };
        var json = LedgerCommand.JsonOption();
        var command = new Command("export", "将叶子、树头与公钥导出为一个可离线验证的证据包 · Export leaves, tree heads and the public key as one bundle, verifiable offline.");
        command.Arguments.Add(log);
        command.Arguments.Add(bundle);
        command.Options.Add(force);
        command.Options.Add(json);
        command.SetAction(context, async (parseResult, ct) =>
        {
            var location = parseResult.GetValue(log)!;
            var target = parseResult.GetValue(bundle)!;
            if (target != "-")
            {
                CheckTarget(location, target, parseResult.GetValue(force));
            }

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
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, new ExportDocument(ledger.Store.Name, target, ledger.Head.Size, ledger.Store.TreeHeads().Count));
            }
            else
            {
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"已导出 {ledger.Head.Size} 条记录到 {target} · exported {Plural.Of(ledger.Head.Size, "leaf", "leaves")} to {target}")).ConfigureAwait(false);
            }

            return ExitCode.Ok;
        });
        return command;
    }

    // The bundle must never land on the ledger, its journal files or its key; any other existing file needs --force.
    private static void CheckTarget(string location, string target, bool force)
    {
        if (target.Length == 0)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "bundle", "the bundle path is empty"));
        }

        var full = Path.GetFullPath(target);
        if (!LedgerStores.IsPostgres(location) && location.Length > 0)
        {
            var ledgerPath = Path.GetFullPath(location);
            string[] own = [ledgerPath, ledgerPath + "-wal", ledgerPath + "-shm", ledgerPath + "-journal", Path.GetFullPath(LedgerKeyFile.DefaultPathFor(location))];
            if (own.Any(p => string.Equals(p, full, StringComparison.Ordinal)) || SameFile(full, ledgerPath))
            {
                throw new InvalidInputException(new Diagnostic(target, 0, 0, null, "is the ledger itself or one of its files; the bundle must go elsewhere"));
            }
        }

        if (Directory.Exists(full))
        {
            throw new InvalidInputException(new Diagnostic(target, 0, 0, null, "is a directory"));
        }

        if (File.Exists(full) && !force)
        {
            throw new InvalidInputException(new Diagnostic(target, 0, 0, null, "already exists; pass --force to replace it"));
        }
    }

    // A different spelling (symbolic link) of the ledger's path is still the ledger.
    private static bool SameFile(string a, string b)
    {
        try
        {
            return File.Exists(a) && File.Exists(b)
                && string.Equals(new FileInfo(a).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? a, new FileInfo(b).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? b, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private sealed record ExportDocument(string Log, string Bundle, long Size, int TreeHeads);
}
