using System.Text.RegularExpressions;

namespace Chujing.Web.Localization;

/// <summary>
/// The Chinese wording of the messages the command line meets beside the platform's: files and folders, the catalog
/// loader, the ledger and its verification, the scanner's options, filings and populations read from files, the
/// console's accounts, and the parser's own usage errors (System.CommandLine). The CLI writes them Chinese first with the
/// English beside; the platform uses the same entries where its services say the same thing.
/// </summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] CommandLineTranslations =
    [
        // Files and folders.
        (Re(@"^(?:file not found|no such file)$"), _ => "文件不存在。"),
        (Re(@"^no such file \(named by (\S+)\)$"), m => $"文件不存在（由 {m.Groups[1].Value} 指定）。"),
        (Re(@"^is a directory, not a file$"), _ => "是文件夹，不是文件。"),
        (Re(@"^is a directory, not an events file$"), _ => "是文件夹，不是出境事件文件。"),
        (Re(@"^is a directory$"), _ => "是文件夹，不是文件。"),
        (Re(@"^is a file, not a folder$"), _ => "是文件，不是文件夹。"),
        (Re(@"^Could not find file '(.+)'\.?$"), m => $"找不到文件“{m.Groups[1].Value}”。"),
        (Re(@"^Could not find a part of the path '(.+)'\.?$"), m => $"找不到路径“{m.Groups[1].Value}”中的文件夹。"),
        (Re(@"^Access to the path '(.+)' is denied\.?$"), m => $"无权访问“{m.Groups[1].Value}”。"),
        (Re(@"^the folder '(.+)' does not exist; create it first$"), m => $"文件夹“{m.Groups[1].Value}”不存在；请先创建。"),
        (Re(@"^a parent folder does not exist$"), _ => "上级文件夹不存在。"),
        (Re(@"^is larger than (\d+) MB; a filing is a few kilobytes$"), m => $"超过 {m.Groups[1].Value} MB；一份备案只有几 KB。"),
        (Re(@"^the file name '(.+)' would be written outside --out$"), m => $"文件名“{m.Groups[1].Value}”会写到 --out 文件夹之外。"),
        (Re(@"^cannot create the output folder '(.+)' \(--out\): "), m => $"无法创建输出文件夹“{m.Groups[1].Value}”（--out）。"),
        (Re(@"^cannot write '(.+)' to the output folder '(.+)' \(--out\): "), m => $"无法把“{m.Groups[1].Value}”写入输出文件夹“{m.Groups[2].Value}”（--out）。"),
        (Re(@"^PDF rendering needs Chromium, which was not found at (.+?): install"), m => $"生成 PDF 需要 Chromium，但在 {m.Groups[1].Value} 未找到：请安装 Debian 软件包 chromium（中文字体另装 fonts-noto-cjk），或以环境变量指定浏览器路径。DOCX 不需要 Chromium。"),

        // Catalogs and editions.
        (Re(@"^catalog directory not found$"), _ => "规则目录文件夹不存在。"),
        (Re(@"^is a file; --catalog-dir takes a folder"), _ => "是文件；--catalog-dir 须为存放版本文件（<地区>/<版本>.yaml，或直接放在该文件夹中）的文件夹。"),
        (Re(@"^a catalog file must sit at <jurisdiction>/<edition>\.yaml$"), _ => "目录文件须位于 <地区>/<版本>.yaml。"),
        (Re(@"^unknown edition '(.+?)'; known: (.+)$"), m => $"没有版本“{m.Groups[1].Value}”；已有：{m.Groups[2].Value}。"),
        (Re(@"^unknown edition '(.+?)'$"), m => $"没有版本“{m.Groups[1].Value}”。"),
        (Re(@"^supersedes unknown edition '(.+)'$"), m => $"所修订的版本“{m.Groups[1].Value}”不存在。"),
        (Re(@"^expected a mapping \(key: value lines\)$"), _ => "应为映射（“键: 值”形式的行）。"),
        (Re(@"^'(.+)' is required$"), m => $"缺少必填项“{m.Groups[1].Value}”。"),
        (Re(@"^'(.+)' must be text$"), m => $"“{m.Groups[1].Value}”须为文本。"),
        (Re(@"^'(.+)' must not be empty$"), m => $"“{m.Groups[1].Value}”不能为空。"),
        (Re(@"^'(.+)' must be a whole number ≥ 0, not '(.*)'$"), m => $"“{m.Groups[1].Value}”须为不小于 0 的整数，而不是“{m.Groups[2].Value}”。"),
        (Re(@"^'(.+)' must be true or false$"), m => $"“{m.Groups[1].Value}”须为 true 或 false。"),
        (Re(@"^'(.+)' must be a date written yyyy-mm-dd, not '(.*)'$"), m => $"“{m.Groups[1].Value}”须为日期（yyyy-mm-dd），而不是“{m.Groups[2].Value}”。"),
        (Re(@"^'(.+)' must be a list$"), m => $"“{m.Groups[1].Value}”须为列表。"),
        (Re(@"^every entry of '(.+)' must be text$"), m => $"“{m.Groups[1].Value}”的每一项都须为文本。"),
        (Re(@"^'(.+?)' is '(.*)', not one of (.+)$"), m => $"“{m.Groups[1].Value}”的值“{m.Groups[2].Value}”不是 {m.Groups[3].Value} 之一。"),
        (Re(@"^a free-trade-zone list needs 'applicability\.zone'$"), _ => "自贸区清单须给出 applicability.zone。"),
        (Re(@"^edition '(.+?)' is defined twice: "), m => $"版本“{m.Groups[1].Value}”被定义了两次。"),
        (Re(@"^YAML syntax: "), _ => "YAML 语法错误。"),
        (Re(@"^a catalog file holds exactly one YAML document$"), _ => "一个目录文件只能含一个 YAML 文档。"),
        (Re(@"^the file's id must be '(.+)' \(its folder and file name\)$"), m => $"文件的 id 须为“{m.Groups[1].Value}”（与其文件夹和文件名一致）。"),
        (Re(@"^empty catalog$"), _ => "目录为空。"),
        (Re(@"^'(.+)' is not a list edition of the shipped catalogs$"), m => $"“{m.Groups[1].Value}”不是内置目录中的清单版本。"),
        (Re(@"^'(.+)' is not a scenario of '(.+)'$"), m => $"“{m.Groups[1].Value}”不是“{m.Groups[2].Value}”中的业务场景。"),
        (Re(@"^'(.+)' is not a field of '(.+)'$"), m => $"“{m.Groups[1].Value}”不是“{m.Groups[2].Value}”中的字段。"),
        (Re(@"^'(.*)' is not a date; expected YYYY-MM-DD$"), m => $"“{m.Groups[1].Value}”不是日期，应为 年-月-日（YYYY-MM-DD）。"),
        (Re(@"^'(.*)' is not a confidence; known: (.+)$"), m => $"“{m.Groups[1].Value}”不是可信度级别；可选：{m.Groups[2].Value}。"),
        (Re(@"^no national rules are encoded for (\S+): the earliest edition, (\S+) \(.+\), takes effect on (\S+)$"), m => $"{m.Groups[1].Value} 没有已编码的国家规则：最早的版本 {m.Groups[2].Value} 自 {m.Groups[3].Value} 起施行。"),

        // The activity read by assess (and POST /api/assess).
        (Re(@"^unknown exemption '(.+?)'; known: (.+)$"), m => $"没有豁免情形“{m.Groups[1].Value}”；可选：{m.Groups[2].Value}。"),
        (Re(@"^a scenario belongs to a list: give 'list' too$"), _ => "业务场景属于某一清单：请同时给出 list。"),
        (Re(@"^must be an object, not (.+)$"), m => $"须为对象，而不是{JsonKind(m.Groups[1].Value)}。"),
        (Re(@"^(\S+) is out of range$"), m => $"{m.Groups[1].Value} 超出范围。"),
        (Re(@"^not a valid activity"), _ => "不是有效的出境活动。"),

        // The scanner's options and inputs.
        (Re(@"^a scenario belongs to a list: give --list too$"), _ => "业务场景属于某一清单：请同时给出 --list。"),
        (Re(@"^unknown format '(.*)'$"), m => $"未知的格式“{m.Groups[1].Value}”。"),
        (Re(@"^(\S+) is not in \(0, 1\]$"), m => $"{m.Groups[1].Value} 不在 (0, 1] 范围内。"),
        (Re(@"^at least 1 MiB is needed$"), _ => "至少需要 1 MiB。"),
        (Re(@"^does not apply to a folder: its files are read by their extensions$"), _ => "不适用于文件夹：文件夹中的文件按扩展名读取。"),
        (Re(@"^a database needs --table <name> or --query <sql>$"), _ => "数据库须给出 --table <表名> 或 --query <SQL>。"),
        (Re(@"^--table scans a table; --query scans a query result: give one of them, not both$"), _ => "--table 扫描一张表，--query 扫描一个查询结果：二者只能给出其一。"),
        (Re(@"^this is a binary file, not text \(CSV must be UTF-8 or GB18030 text\)$"), _ => "这是二进制文件，不是文本（CSV 须为 UTF-8 或 GB18030 文本）。"),
        (Re(@"^the file is empty: JSON Lines needs one object per line$"), _ => "文件为空：JSON Lines 每行须有一个 JSON 对象。"),
        (Re(@"^every row needs one cell per column$"), _ => "每行须为每一列各有一个单元格。"),
        (Re(@"^no such table$"), _ => "没有此表。"),
        (Re(@"^no such table: (.+)$"), m => $"没有表“{m.Groups[1].Value}”。"),
        (Re(@"^the file is empty: a CSV header row is required$"), _ => "文件为空：须有 CSV 表头行。"),
        (Re(@"^not a readable XLSX workbook"), _ => "不是可读取的 XLSX 工作簿。"),
        (Re(@"^not a readable Parquet file"), _ => "不是可读取的 Parquet 文件。"),
        (Re(@"^the text is neither UTF-8 \(the first invalid byte is on this line\) nor GB18030"), _ => "文本既不是 UTF-8（第一个无效字节在此行），也不是 GB18030（GBK）；请转换为 UTF-8。"),
        (Re(@"^file is not a database$"), _ => "文件不是数据库。"),
        (Re(@"^no such SQLite database file$"), _ => "SQLite 数据库文件不存在。"),
        (Re(@"^partials merge only under a shared person key: set (\S+)"), m => $"分片结果只能在共用的人员密钥下合并：请设置 {m.Groups[1].Value}（十六进制，至少 32 字节），或给出 --person-key-file 文件。"),
        (Re(@"^give at least one partial result$"), _ => "请至少给出一个分片结果。"),
        (Re(@"^the person key has (\d+) bytes; at least (\d+) are needed"), m => $"人员密钥只有 {m.Groups[1].Value} 字节；至少需要 {m.Groups[2].Value} 字节（如 openssl rand -hex 32）。"),
        (Re(@"^the person key must be hexadecimal digits"), _ => "人员密钥须为十六进制数字（至少 64 位，即 32 字节；至多 1024 位）。"),

        // The scanner's warnings, each after the file it concerns ("file: line 5: …"), which the Chinese keeps in front.
        (Re(@"^(.+?): line (\d+): (\d+) fields, the header has (\d+)"), m => $"{m.Groups[1].Value}: 第 {m.Groups[2].Value} 行有 {m.Groups[3].Value} 个字段，表头有 {m.Groups[4].Value} 个。"),
        (Re(@"^(.+?): line (\d+): bytes that are not valid (\S+) were replaced"), m => $"{m.Groups[1].Value}: 第 {m.Groups[2].Value} 行有不是有效 {m.Groups[3].Value} 的字节，已被替换（是否混用了编码？）。"),
        (Re(@"^(.+?): ([\d,]+) rows in all have a field count different from the header's$"), m => $"{m.Groups[1].Value}: 共有 {m.Groups[2].Value} 行的字段数与表头不同。"),
        (Re(@"^(.+?): line (\d+): a quoted field runs to line (\d+) and its lines look like rows"), m => $"{m.Groups[1].Value}: 第 {m.Groups[2].Value} 行的带引号字段延续到第 {m.Groups[3].Value} 行，其中各行看似数据行（引号未闭合？）；已作为一个字段读取。"),
        (Re(@"^(.+?): line (\d+): a quote opens here and the quotes after it do not pair up"), m => $"{m.Groups[1].Value}: 第 {m.Groups[2].Value} 行起的引号到文件结束仍未配对，其后各行作为一个字段读取、未扫描；请闭合引号（或将字段内的引号写成两个）。"),
        (Re(@"^(.+?): line (\d+): not a JSON object; skipped$"), m => $"{m.Groups[1].Value}: 第 {m.Groups[2].Value} 行不是 JSON 对象，已跳过。"),
        (Re(@"^(.+?): line (\d+): not valid JSON \(.*\); skipped$"), m => $"{m.Groups[1].Value}: 第 {m.Groups[2].Value} 行不是有效的 JSON，已跳过。"),
        (Re(@"^(.+?): sheet (.+): column (\S+) has values but no header; skipped$"), m => $"{m.Groups[1].Value}: 工作表 {m.Groups[2].Value} 的 {m.Groups[3].Value} 列有值但没有表头，已跳过。"),
        (Re(@"^(.+?): column '(.+)' is a repeated \(list\) column; skipped$"), m => $"{m.Groups[1].Value}: 列“{m.Groups[2].Value}”是重复（列表）列，已跳过。"),
        (Re(@"^(.+?): ([\d,]+) more warnings not shown$"), m => $"{m.Groups[1].Value}: 另有 {m.Groups[2].Value} 条警告未显示。"),
        (Re(@"^the row starting on this line is longer than ([\d,]+) characters"), m => $"从此行开始的数据行超过 {m.Groups[1].Value} 个字符（引号未闭合，或字段有数 MB？）；扫描器只读取此长度以内的行。"),

        // Filings and counters read from files (check, documents).
        (Re(@"^a filing must be a JSON object, as GET /api/filings/\{id\} returns it$"), _ => "备案须为一个 JSON 对象，格式同 GET /api/filings/{id} 的返回。"),
        (Re(@"^is not a property of a filing as GET /api/filings/\{id\} returns it$"), _ => "不是备案的属性（格式同 GET /api/filings/{id} 的返回）。"),
        (Re(@"^'(.+)' is not a filing id; "), m => $"“{m.Groups[1].Value}”不是备案编号；平台的备案编号为 F-<年份>-<序号>（如 F-2026-0001）。"),
        (Re(@"^'(.+)' is not a filing status; one of (.+)$"), m => $"“{m.Groups[1].Value}”不是备案状态；可选：{m.Groups[2].Value}。"),
        (Re(@"^'(.+)' is not a filing status$"), m => $"“{m.Groups[1].Value}”不是备案状态。"),
        (Re(@"^'(.+)' is not a Beijing zone group; one of (.+)$"), m => $"“{m.Groups[1].Value}”不是北京自贸组团；可选：{m.Groups[2].Value}。"),
        (Re(@"^'(.+)' differs from the decision the filing archives \(assessment\.pathway '(.+)'\); assess the filing again$"), m => $"“{m.Groups[1].Value}”与备案存档的决定（assessment.pathway “{m.Groups[2].Value}”）不同；请重新评估该备案。"),
        (Re(@"^must be one of (.+), or null$"), m => $"须为 {m.Groups[1].Value} 之一，或 null。"),
        (Re(@"^must be an array of at most (\d+) rules$"), m => $"须为至多 {m.Groups[1].Value} 条规则的数组。"),
        (Re(@"^must not be empty$"), _ => "不能为空。"),
        (Re(@"^no counts for processor (\S+)$"), m => $"没有数据处理者 {m.Groups[1].Value} 的计数。"),
        (Re(@"^'(.+)' is not a date-time$"), m => $"“{m.Groups[1].Value}”不是日期时间。"),
        (Re(@"^the filing has no statusHistory, nor a status with decidedAt or updatedAt"), _ => "备案没有 statusHistory，也没有带 decidedAt 或 updatedAt 的状态；请以 GET /api/filings/{id} 获取备案。"),
        (Re(@"^not valid JSON$"), _ => "不是有效的 JSON。"),
        (Re(@"^is required \(a string\)$"), _ => "必填（字符串）。"),
        (Re(@"^must be an array of strings$"), _ => "须为字符串数组。"),
        (Re(@"^is required \(a whole number ≥ 0\)$"), _ => "必填（不小于 0 的整数）。"),
        (Re(@"^is required \(YYYY-MM-DD\)$"), _ => "必填（年-月-日）。"),

        // Spot-check populations and plans.
        (Re(@"^must be at least 1$"), _ => "至少为 1。"),
        (Re(@"^'(.*)' is not FILING=INSPECTOR$"), m => $"“{m.Groups[1].Value}”不是 备案=检查员（FILING=INSPECTOR）的形式。"),
        (Re(@"^a seed has at least (\d+) characters$"), m => $"随机种子至少 {m.Groups[1].Value} 个字符。"),
        (Re(@"^a seed has at most (\d+) characters$"), m => $"随机种子至多 {m.Groups[1].Value} 个字符。"),
        (Re(@"^'(.*)' is not one of A, B, C, D$"), m => $"“{m.Groups[1].Value}”不是 A、B、C、D 之一。"),
        (Re(@"^'(.*)' is not a date YYYY-MM-DD$"), m => $"“{m.Groups[1].Value}”不是日期（YYYY-MM-DD）。"),
        (Re(@"^must be 64 lower-case hex digits$"), _ => "须为 64 位小写十六进制数字。"),
        (Re(@"^must be a USCC$"), _ => "须为统一社会信用代码。"),
        (Re(@"^must be a non-empty string$"), _ => "须为非空字符串。"),
        (Re(@"^must be a string$"), _ => "须为字符串。"),
        (Re(@"^must be an array$"), _ => "须为数组。"),
        (Re(@"^must be a whole number from (\d+) to (\d+)$"), m => $"须为 {m.Groups[1].Value} 至 {m.Groups[2].Value} 之间的整数。"),
        (Re(@"^'(.+)' is not among the population's processors$"), m => $"“{m.Groups[1].Value}”不在抽验总体的数据处理者中。"),
        (Re(@"^(processors|filings|inspectors) must be sorted by (?:USCC|id) without repeats$"), m => $"{m.Groups[1].Value} 须按编号排序且不得重复。"),
        (Re(@"^'(.*)' is not '(.+)'$"), m => $"“{m.Groups[1].Value}”不是“{m.Groups[2].Value}”。"),

        // Several problems of one line in one message (ledger append): "first; also path: second; path: third".
        (Re(@"^(.+?); also (.+)$"), m => Message(m.Groups[1].Value, english: false).TrimEnd('。') + "；另有：" + string.Join("；", m.Groups[2].Value.Split("; ").Select(AlsoPart)) + "。"),
    ];

    // "path: message" of a compound message, the message in Chinese.
    private static string AlsoPart(string part)
    {
        var colon = part.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0
            ? Message(part, english: false).TrimEnd('。')
            : part[..colon] + "：" + Message(part[(colon + 2)..], english: false).TrimEnd('。');
    }
}
