using System.CommandLine;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;

namespace Chujing.Cli.Ledger;

/// <summary><c>chujing ledger init &lt;log&gt; [--suite sha256-ed25519|sm3-sm2] [--key &lt;file&gt;]</c>.</summary>
internal static class LedgerInitCommand
{
    public static Command Create(CliContext context)
    {
        var log = LedgerCommand.LogArgument();
        var suite = new Option<string>("--suite")
        {
            Description = "哈希与签名算法套件，账本存续期间不可更改 · The hash and signature suite, fixed for the life of the ledger.",
            DefaultValueFactory = _ => Sha256Ed25519Suite.SuiteId,
        };
        suite.AcceptOnlyFromAmong([.. LedgerSuites.All.Select(s => s.Id)]);
        var key = LedgerCommand.KeyOption();
        var json = LedgerCommand.JsonOption();
        var command = new Command("init", "创建存证账本及其签名密钥（私钥单独写入文件，权限 0600） · Create a ledger and its signing key (the private key goes to its own file, mode 0600).");
        command.Arguments.Add(log);
        command.Options.Add(suite);
        command.Options.Add(key);
        command.Options.Add(json);
        command.SetAction(context, (parseResult, ct) =>
        {
            var location = parseResult.GetValue(log)!;
            if (string.IsNullOrWhiteSpace(location))
            {
                throw new InvalidInputException(Diagnostic.ForField(null, "log", "the ledger path is empty"));
            }

            var keyPath = LedgerKeys.PathFor(location, parseResult.GetValue(key));
            var chosen = LedgerSuites.Get(parseResult.GetValue(suite)!);
            if (!LedgerStores.IsPostgres(location) && File.Exists(location))
            {
                throw new InvalidInputException(new Diagnostic(location, 0, 0, null, "a file already exists here; a ledger is never re-created"));
            }

            if (File.Exists(keyPath))
            {
                throw new InvalidInputException(new Diagnostic(keyPath, 0, 0, null, "a key file already exists here; it is never overwritten"));
            }

            var pair = chosen.GenerateKeyPair();
            LedgerKeyFile.Write(keyPath, pair);
            if (GitWorkTreeOf(keyPath) is { } repository)
            {
                context.Error.WriteLine($"{CliText.WarningPrefix}私钥 {keyPath} 位于 git 工作树 {repository} 内；请勿纳入版本控制（移出并以 --key 指定） · the private key {keyPath} is inside the git work tree {repository}; keep it out of version control (move it and pass --key)");
            }

            try
            {
                using var ledger = EvidenceLedger.Create(LedgerStores.Open(location, create: true), chosen, pair, context.Time);
                if (parseResult.GetValue(json))
                {
                    CliJson.Write(context.Out, new LedgerInitDocument(ledger.Store.Name, chosen.Id, Convert.ToBase64String(pair.PublicKey), keyPath));
                }
                else
                {
                    context.Out.WriteLine($"已创建 {ledger.Store.Name}（{chosen.Id}）；公钥 {Convert.ToBase64String(pair.PublicKey)}；私钥在 {keyPath}，请勿放入代码仓库并做好备份 · created {ledger.Store.Name} ({chosen.Id}); public key {Convert.ToBase64String(pair.PublicKey)}; private key in {keyPath} — keep it out of the repository and back it up");
                }
            }
            catch
            {
                File.Delete(keyPath);
                throw;
            }

            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    private static string? GitWorkTreeOf(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(path))!); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private sealed record LedgerInitDocument(string Log, string Suite, string PublicKey, string KeyFile);
}
