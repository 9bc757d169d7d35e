using System.CommandLine;

namespace Chujing.Cli.Ledger;

/// <summary><c>chujing ledger …</c>: the evidence log of actual exports (docs/evidence-log-format.md).</summary>
internal static class LedgerCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("ledger", "事中存证：按 RFC 9162 记录出境事件的默克尔日志，含签名树头、证明与离线验证 · Evidence log: an RFC 9162 Merkle log of export events with signed tree heads, proofs and offline verification.");
        command.Subcommands.Add(LedgerInitCommand.Create(context));
        command.Subcommands.Add(LedgerAppendCommand.Create(context));
        command.Subcommands.Add(LedgerHeadCommand.Create(context));
        command.Subcommands.Add(LedgerProveCommand.Create(context));
        command.Subcommands.Add(LedgerExportCommand.Create(context));
        command.Subcommands.Add(LedgerVerifyCommand.Create(context));
        return command;
    }

    /// <summary>The <c>&lt;log&gt;</c> argument every verb takes.</summary>
    public static Argument<string> LogArgument() => new("log")
    {
        Description = "存证账本：SQLite 文件路径，或 PostgreSQL 连接字符串（Host=…;Database=…） · The ledger: an SQLite file path, or a PostgreSQL connection string (Host=…;Database=…).",
    };

    /// <summary>The <c>--key</c> option of the verbs that sign.</summary>
    public static Option<string?> KeyOption() => new("--key")
    {
        Description = "签名私钥文件；SQLite 账本默认为其旁的 '<log>.key'，PostgreSQL 账本必须给出 · The private signing key file. Default for an SQLite ledger: '<log>.key' next to it; required for PostgreSQL.",
    };

    /// <summary>The <c>--json</c> option.</summary>
    public static Option<bool> JsonOption() => new("--json") { Description = "向标准输出写出一个 JSON 文档 · Write one JSON document to standard output." };
}
