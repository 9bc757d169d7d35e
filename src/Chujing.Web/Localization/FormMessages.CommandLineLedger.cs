using System.Text.RegularExpressions;

namespace Chujing.Web.Localization;

/// <summary>
/// The Chinese wording of the evidence ledger's command-line messages (init, append, export, verify and its findings),
/// the console's account creation, and System.CommandLine's usage errors.
/// </summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] CommandLineLedgerTranslations =
    [
        // The ledger's files and options.
        (Re(@"^a file already exists here; a ledger is never re-created$"), _ => "此处已有文件；账本不会被重新创建。"),
        (Re(@"^a key file already exists here; it is never overwritten$"), _ => "此处已有密钥文件；密钥文件不会被覆盖。"),
        (Re(@"^a ledger already exists here$"), _ => "此处已有账本。"),
        (Re(@"^already exists; pass --force to replace it$"), _ => "已存在；如要替换，请加 --force。"),
        (Re(@"^is the ledger itself or one of its files; the bundle must go elsewhere$"), _ => "是账本本身或其文件之一；证据包须写到别处。"),
        (Re(@"^no such ledger or bundle file$"), _ => "账本或证据包文件不存在。"),
        (Re(@"^no such ledger file \(create it with 'chujing ledger init'\)$"), _ => "账本文件不存在（请用 chujing ledger init 创建）。"),
        (Re(@"^no such ledger in this database$"), _ => "此数据库中没有账本。"),
        (Re(@"^not a Chujing ledger \(no schema 'ledger'"), _ => "不是出境账本（没有 ledger 架构；请用 chujing ledger init 创建）。"),
        (Re(@"^not a Chujing ledger$"), _ => "不是出境账本。"),
        (Re(@"^not a Chujing ledger key file$"), _ => "不是出境账本的密钥文件。"),
        (Re(@"^not a Chujing ledger bundle: (.+)$"), m => "不是出境证据包：" + BundleProblem(m.Groups[1].Value)),
        (Re(@"^not a Chujing ledger bundle"), _ => "不是出境证据包。"),
        (Re(@"^no such tree head file$"), _ => "树头文件不存在。"),
        (Re(@"^not JSON; give a tree head as 'chujing ledger head --json' writes it$"), _ => "不是 JSON；请给出 chujing ledger head --json 写出的树头。"),
        (Re(@"^not a tree head as 'chujing ledger head --json' writes it"), _ => "不是 chujing ledger head --json 写出的树头。"),
        (Re(@"^not base64$"), _ => "不是 base64 编码。"),
        (Re(@"^the ledger path is empty$"), _ => "账本路径为空。"),
        (Re(@"^the bundle path is empty$"), _ => "证据包路径为空。"),
        (Re(@"^a PostgreSQL ledger needs the path of its signing key file$"), _ => "PostgreSQL 账本须给出其签名密钥文件的路径。"),
        (Re(@"^the signing key file does not exist \(give it with --key\)$"), _ => "签名密钥文件不存在（请以 --key 指定）。"),
        (Re(@"^this key is not the signing key of the ledger$"), _ => "此密钥不是该账本的签名密钥。"),
        (Re(@"^give exactly one of --leaf and --old-size$"), _ => "--leaf 与 --old-size 须且只能给出其一。"),
        (Re(@"^old size (\d+) is not between 0 and (\d+)$"), m => $"旧大小 {m.Groups[1].Value} 不在 0 至 {m.Groups[2].Value} 之间。"),
        (Re(@"^leaf (\d+) is not in a tree of (\d+) leaves$"), m => $"记录 {m.Groups[1].Value} 不在含 {m.Groups[2].Value} 条记录的树中。"),
        (Re(@"^and ([\d,]+) more bad lines$"), m => $"另有 {m.Groups[1].Value} 行有误。"),
        (Re(@"^--batch-size: '(.*)' is not a whole number between 1 and 1000000$"), m => $"--batch-size：“{m.Groups[1].Value}”不是 1 至 1000000 之间的整数。"),
        (Re(@"^--policy: '(.*)' is not a policy; use ledger or platform$"), m => $"--policy：“{m.Groups[1].Value}”不是可用的策略；请用 ledger 或 platform。"),

        // A store that fails (exit 1): the message starts with the ledger's name, which the Chinese keeps in front.
        (Re(@"^(.+?): the ledger is damaged: (\d+) of its tables \((.+)\) are missing$"), m => $"{m.Groups[1].Value}: 账本已损坏：{m.Groups[3].Value} 中缺少 {m.Groups[2].Value} 张表。"),
        (Re(@"^(.+?): the ledger is damaged: a stored (\S+) is NULL$"), m => $"{m.Groups[1].Value}: 账本已损坏：存储的 {m.Groups[2].Value} 为空（NULL）。"),
        (Re(@"^(.+?): the root computed from the stored nodes \((\S+)\) is not the signed tree head's root for size (\d+) \((\S+)\); the store is damaged"), m => $"{m.Groups[1].Value}: 由存储的节点算出的根哈希（{m.Groups[2].Value}）不是大小为 {m.Groups[3].Value} 的签名树头的根（{m.Groups[4].Value}）；存储已损坏，请运行 chujing ledger verify。"),
        (Re(@"^(.+?): the inclusion proof of leaf (\d+) does not verify against the root of size (\d+) .*; the store is damaged"), m => $"{m.Groups[1].Value}: 记录 {m.Groups[2].Value} 的包含证明无法对大小为 {m.Groups[3].Value} 的根验证通过；存储已损坏，请运行 chujing ledger verify。"),
        (Re(@"^(.+?): the consistency proof from size (\d+) to (\d+) does not verify .*; the store is damaged"), m => $"{m.Groups[1].Value}: 从大小 {m.Groups[2].Value} 到 {m.Groups[3].Value} 的一致性证明无法验证通过；存储已损坏，请运行 chujing ledger verify。"),
        (Re(@"^(.+?): another writer appended to the ledger \(its size is (\d+), not (\d+)\); run the append again$"), m => $"{m.Groups[1].Value}: 另一写入方已向账本追加（其大小为 {m.Groups[2].Value}，而不是 {m.Groups[3].Value}）；请再次追加。"),
        (Re(@"^(.+?): the batch was not stored: "), m => $"{m.Groups[1].Value}: 该批事件未能存储。"),
        (Re(@"^(.+?): cannot open the ledgers?: "), m => $"{m.Groups[1].Value}: 无法打开账本。"),
        (Re(@"^(.+?): cannot connect: "), m => $"{m.Groups[1].Value}: 无法连接数据库。"),
        (Re(@"^(.+?): the PostgreSQL database is a read-only standby; "), m => $"{m.Groups[1].Value}: PostgreSQL 数据库是只读的备库（standby）；请将 --db 指向主库，或列出所有服务器并设置 Target Session Attributes=primary。"),
        (Re(@"^(.+?): the PostgreSQL database takes no writes "), m => $"{m.Groups[1].Value}: PostgreSQL 数据库不接受写入（只读事务，SQLSTATE 25006）；请将 --db 指向可写的主库。"),
        (Re(@"^the PostgreSQL database cannot be reached or migrated: "), _ => "无法连接或迁移 PostgreSQL 数据库。"),
        (Re(@"^the SQLite database cannot be opened or migrated: "), _ => "无法打开或迁移 SQLite 数据库。"),
        (Re(@"^cannot listen on (\S+): "), m => $"无法在 {m.Groups[1].Value} 上监听（地址已被占用，或无权使用该端口）。"),
        (Re(@"^(.+?): the signing key is stored with an unknown protection '(.+)'$"), m => $"{m.Groups[1].Value}: 签名密钥以未知的保护方式“{m.Groups[2].Value}”存储。"),
        (Re(@"^(.+?): the signing key is encrypted under key-encryption key (\S+); supply it in (\S+) or (\S+)$"), m => $"{m.Groups[1].Value}: 签名密钥以密钥加密密钥 {m.Groups[2].Value} 加密；请在 {m.Groups[3].Value} 或 {m.Groups[4].Value} 中提供。"),
        (Re(@"^(.+?): the signing key is encrypted under key-encryption key (\S+), not under the one supplied \((.+)\)$"), m => $"{m.Groups[1].Value}: 签名密钥以密钥加密密钥 {m.Groups[2].Value} 加密，而不是所提供的（{m.Groups[3].Value}）。"),
        (Re(@"^(.+?): the stored signing key does not decrypt"), m => $"{m.Groups[1].Value}: 存储的签名密钥无法解密：已被改动，或属于另一日志。"),

        // What ledger verify finds wrong (the subject, e.g. leaf 12, stays as the place).
        (Re(@"^missing; the next stored leaf is (\d+)$"), m => $"缺失；下一条存储的记录是 {m.Groups[1].Value}。"),
        (Re(@"^the stored leaf hash (\S+) is not the hash of its text \((\S+)\)$"), m => $"存储的记录哈希 {m.Groups[1].Value} 不是其内容的哈希（{m.Groups[2].Value}）：记录已被改动。"),
        (Re(@"^tree heads must grow; it follows the head of size (\d+)$"), m => $"树头须逐个增大；它排在大小为 {m.Groups[1].Value} 的树头之后。"),
        (Re(@"^its timestamp (\S+) is earlier than the previous tree head's"), m => $"其时间戳 {m.Groups[1].Value} 早于上一个树头；时间戳不得倒退。"),
        (Re(@"^the log has (\d+) leaves before it$"), m => $"在它之前日志已有 {m.Groups[1].Value} 条记录。"),
        (Re(@"^its root hash (\S+) is not the root of the leaves \((\S+)\)$"), m => $"其根哈希 {m.Groups[1].Value} 不是这些记录的根（{m.Groups[2].Value}）。"),
        (Re(@"^(?:its|the) signature does not verify with the log's public key$"), _ => "签名无法用日志的公钥验证。"),
        (Re(@"^(?:its|the) signature is not a (\S+) signature"), m => $"签名不是 {m.Groups[1].Value} 签名（是否由其他算法生成，或已损坏？）。"),
        (Re(@"^(?:its|the) signature cannot be checked: the log's public key is not a (\S+) key$"), m => $"签名无法检查：日志的公钥不是 {m.Groups[1].Value} 公钥。"),
        (Re(@"^no signed tree head covers it$"), _ => "没有签名树头覆盖它。"),
        (Re(@"^the receipt or tree head is newer than the bundle: the bundle holds (\d+) leaves, the tree head covers (\d+), "), m => $"收据或树头比证据包新：证据包只有 {m.Groups[1].Value} 条记录，该树头覆盖 {m.Groups[2].Value} 条，记录编号 {m.Groups[1].Value} 及以后的不在其中；请重新导出证据包（chujing ledger export，或 GET /api/ledger/bundle）后再验证。"),
        (Re(@"^the log has only (\d+) leaves: leaves were removed$"), m => $"日志只有 {m.Groups[1].Value} 条记录：有记录被删除。"),
        (Re(@"^there is no signed tree head$"), _ => "没有签名树头。"),
        (Re(@"^the log's root at that size is (\S+), not (\S+): the log was rewritten$"), m => $"日志在该大小的根哈希是 {m.Groups[1].Value}，而不是 {m.Groups[2].Value}：日志已被改写。"),
        (Re(@"^missing from the store$"), _ => "存储中缺失。"),
        (Re(@"^the stored hash (\S+) is not the hash of the leaves below it \((\S+)\)$"), m => $"存储的哈希 {m.Groups[1].Value} 不是其下记录的哈希（{m.Groups[2].Value}）。"),
        (Re(@"^the (bundle|ledger)'s public key is not the expected key$"), m => (m.Groups[1].Value == "bundle" ? "证据包" : "账本") + "的公钥不是所要求的公钥。"),
        (Re(@"^unknown record type '(.+)'$"), m => $"未知的记录类型“{m.Groups[1].Value}”。"),
        (Re(@"^malformed bundle record: "), _ => "证据包记录格式错误。"),

        // The console's accounts.
        (Re(@"^'(.*)' is not a role made on the console$"), m => $"“{m.Groups[1].Value}”不是可在控制台创建的角色。"),
        (Re(@"^an enterprise's accounts are made on the platform"), _ => "企业账户在平台上创建（先由自贸组团登记企业，再由企业管理员邀请），不在控制台创建。"),
        (Re(@"^a city account belongs to no zone group; leave --zone-group out$"), _ => "市级账户不属于任何自贸组团；请去掉 --zone-group。"),
        (Re(@"^'(.*)' is not an http\(s\) address such as (\S+)$"), m => $"“{m.Groups[1].Value}”不是 http(s) 地址（如 {m.Groups[2].Value}）。"),
        (Re(@"^no password on standard input \(give it as its first line\)$"), _ => "标准输入中没有密码（请写在第一行）。"),
        (Re(@"^must not contain the e-mail address's name$"), _ => "不得包含电子邮箱的用户名部分。"),
        (Re(@"^is the demo accounts' published password; choose another$"), _ => "这是演示账户公开的密码；请另选一个。"),

        // System.CommandLine's usage errors.
        (Re(@"^Unrecognized command or argument '(.*)'\.?$"), m => $"无法识别的命令或参数“{m.Groups[1].Value}”。"),
        (Re(@"^Required argument missing for command: '(.+)'\.?$"), m => $"命令“{m.Groups[1].Value}”缺少必需的参数。"),
        (Re(@"^Required command was not provided\.?$"), _ => "未给出子命令。"),
        (Re(@"^Option '(.+)' is required\.?$"), m => $"缺少必需的选项 {m.Groups[1].Value}。"),
        (Re(@"^Cannot parse argument '(.*)' for option '(.+)' as expected type"), m => $"选项 {m.Groups[2].Value} 的值“{m.Groups[1].Value}”格式不正确。"),
        (Re(@"^Cannot parse argument '(.*)' for command '(.+)' as expected type"), m => $"命令“{m.Groups[2].Value}”的参数“{m.Groups[1].Value}”格式不正确。"),
        (Re(@"^Argument '(.*)' not recognized\. Must be one of:\s*(.+)$"), m => $"“{m.Groups[1].Value}”不是可选的值；可选：{m.Groups[2].Value}。"),
        (Re(@"^Option '(.+)' expects a single argument but (\d+) were provided\.?$"), m => $"选项 {m.Groups[1].Value} 只接受一个值，但给出了 {m.Groups[2].Value} 个。"),
        (Re(@"^Unrecognized argument"), _ => "无法识别的参数。"),
    ];

    /// <summary>Why a file is not a bundle, in Chinese (what a bundle's first line must be, when the reason is not known).</summary>
    private static string BundleProblem(string reason)
    {
        var field = BundleField().Match(reason);
        return reason switch
        {
            "not a JSON object on one line" => "第一行不是 JSON 对象（证据包每行一个 JSON 对象，首行为 header）。",
            "a record must be a JSON object" => "第一行不是 JSON 对象（证据包每行一个 JSON 对象，首行为 header）。",
            "the first line is not a bundle header" => "第一行不是证据包头（chujing ledger export 写出的 header 记录）。",
            "the file is empty" => "文件为空（chujing ledger export 写出的证据包至少有首行 header）。",
            _ when field.Success => $"首行缺少字段“{field.Groups[1].Value}”或其类型不对（应为{(field.Groups[2].Value == "a string" ? "字符串" : "非负整数")}）。",
            _ => "首行不是 chujing ledger export 写出的证据包头。",
        };
    }

    [GeneratedRegex(@"^the field '(.+)' is missing or not (a string|a non-negative integer)$")]
    private static partial Regex BundleField();
}
