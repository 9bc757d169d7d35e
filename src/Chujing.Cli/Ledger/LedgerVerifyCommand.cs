using System.Globalization;
using System.CommandLine;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Bundles;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Verification;
using Spectre.Console;

namespace Chujing.Cli.Ledger;

/// <summary>
/// <c>chujing ledger verify &lt;log|bundle|-&gt; [--public-key &lt;base64&gt;] [--json]</c>: recomputes every leaf hash,
/// every stored node, every tree head's root and signature and the consistency between successive heads. Exit 0
/// only when all of it holds; otherwise exit 1 naming the first bad leaf or tree head.
/// </summary>
internal static class LedgerVerifyCommand
{
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();

    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("log-or-bundle") { Description = "存证账本（SQLite 文件或 PostgreSQL 连接字符串）或证据包文件（'-' 从标准输入读取证据包） · A ledger (SQLite file or PostgreSQL connection string) or a bundle file ('-' reads a bundle from standard input)." };
        var publicKey = new Option<string?>("--public-key") { Description = "树头必须使用的签名公钥（base64）；不给出时使用日志或证据包中记录的公钥 · The public key (base64) the tree heads must be signed with; without it the key recorded in the log or bundle is used." };
        var expectedHead = new Option<string?>("--head")
        {
            Description = "此前保存的树头（'chujing ledger head --json' 的输出，或 POST /api/evidence 返回的收据）：日志须仍包含它，借此发现被截短或改写的日志 · A tree head kept from earlier ('chujing ledger head --json' output, or a receipt from POST /api/evidence): the log must still contain it, which catches a log cut back or rewritten.",
        };
        var json = LedgerCommand.JsonOption();
        var command = new Command("verify", "从头验证存证账本或证据包 · Verify a ledger or a bundle from scratch.");
        command.Arguments.Add(target);
        command.Options.Add(publicKey);
        command.Options.Add(expectedHead);
        command.Options.Add(json);
        command.SetAction(context, async (parseResult, ct) =>
        {
            var location = parseResult.GetValue(target)!;
            byte[]? expectedKey = null;
            if (parseResult.GetValue(publicKey) is { } keyText)
            {
                try
                {
                    expectedKey = Convert.FromBase64String(keyText);
                }
                catch (FormatException)
                {
                    throw new InvalidInputException(Diagnostic.ForField(null, "--public-key", "not base64"));
                }
            }

            IReadOnlyList<TreeHead> heads = parseResult.GetValue(expectedHead) is { } headFile ? [ReadHeadFile(headFile)] : [];
            var result = await RunAsync(context, location, expectedKey, heads, ct).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, new VerifyDocument(result.IsValid, result.Leaves, result.TreeHeads, result.Subject, result.Failure));
            }
            else if (result.IsValid)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"校验通过：{result.Leaves} 条记录、{result.TreeHeads} 个签名树头 · {result}"));
            }

            if (!result.IsValid)
            {
                await context.Error.WriteLineAsync(CliText.Error(new Diagnostic(null, 0, 0, result.Subject, result.Failure!))).ConfigureAwait(false);
                return ExitCode.Failure;
            }

            return ExitCode.Ok;
        });
        return command;
    }

    private static async Task<LedgerVerification> RunAsync(CliContext context, string location, byte[]? expectedKey, IReadOnlyList<TreeHead> heads, CancellationToken ct)
    {
        if (location == "-")
        {
            return LedgerBundle.Verify(StreamOf(context.In), expectedKey, null, heads, "stdin", ct);
        }

        if (!LedgerStores.IsPostgres(location) && !IsSqlite(location))
        {
            using var bundle = new FileStream(location, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return await WithProgressAsync(context, bundle.Length, report => LedgerBundle.Verify(bundle, expectedKey, _ => report(bundle.Position), heads, location, ct)).ConfigureAwait(false);
        }

        using var ledger = EvidenceLedger.Open(LedgerStores.Open(location, readOnly: !LedgerStores.IsPostgres(location)));
        if (expectedKey is not null && !expectedKey.AsSpan().SequenceEqual(ledger.Metadata.PublicKey))
        {
            return new LedgerVerification(0, 0, "public key", "the ledger's public key is not the expected key");
        }

        return await WithProgressAsync(context, Math.Max(1, ledger.Head.Size), report => LedgerStoreVerification.Verify(ledger, (done, _) => report(done), heads, ct)).ConfigureAwait(false);
    }

    private static async Task<LedgerVerification> WithProgressAsync(CliContext context, long total, Func<Action<long>, LedgerVerification> run)
    {
        if (!context.OutputIsTerminal)
        {
            return run(_ => { });
        }

        LedgerVerification? result = null;
        await context.Console.Progress().StartAsync(progress =>
        {
            var task = progress.AddTask("verifying", maxValue: total);
            result = run(done => task.Value = done);
            task.Value = total;
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        return result!;
    }

    private static TreeHead ReadHeadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "no such tree head file"));
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
            // A receipt (the answer to POST /api/evidence) carries the tree head that includes its leaves.
            var root = document.RootElement;
            return LedgerBundle.ReadHead(root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("treeHead", out var carried) ? carried : root);
        }
        catch (System.Text.Json.JsonException)
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, "--head", "not JSON; give a tree head as 'chujing ledger head --json' writes it"));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, "--head", "not a tree head as 'chujing ledger head --json' writes it: " + e.Message));
        }
    }

    private static bool IsSqlite(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "no such ledger or bundle file"));
        }

        Span<byte> header = stackalloc byte[16];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(header, 16, throwOnEndOfStream: false) == 16 && header.SequenceEqual(SqliteMagic);
    }

    private static MemoryStream StreamOf(TextReader reader) => new(System.Text.Encoding.UTF8.GetBytes(reader.ReadToEnd()));

    private sealed record VerifyDocument(bool Valid, long Leaves, int TreeHeads, string? Subject, string? Failure);
}
