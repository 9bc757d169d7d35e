using System.Text.RegularExpressions;

namespace Chujing.Web.Localization;

/// <summary>The Chinese wording of the list filters' messages and of the export events' (the evidence upload).</summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] ListTranslations =
    [
        (Re(@"^is not a filter of the deviations list \(it filters the filings list\)$"), _ => "不是偏差列表的筛选条件（仅用于备案列表）。"),
        (Re(@"^is not a filter of the deviations list \(it filters the audit log\)$"), _ => "不是偏差列表的筛选条件（仅用于审计日志）。"),
        (Re(@"^is not a filter of the deviations list"), _ => "不是偏差列表的筛选条件（偏差列表不按文字搜索）。"),
        (Re(@"^'(.*)' is not a filing status$"), m => $"“{m.Groups[1].Value}”不是备案状态。"),
        (Re(@"^'(.*)' is not a unified social credit code \(18 characters"), m => $"“{m.Groups[1].Value}”不是统一社会信用代码（18 位，校验码正确）。"),
        (Re(@"^'(.*)' is not a pathway$"), m => $"“{m.Groups[1].Value}”不是出境路径。"),
        (Re(@"^'(.*)' is not a kind of audit entry$"), m => $"“{m.Groups[1].Value}”不是审计日志记录的对象类型。"),
        (Re(@"^'(.*)' is not a date written YYYY-MM-DD$"), m => $"“{m.Groups[1].Value}”不是日期（年-月-日，如 2026-06-01）。"),
        (Re(@"^must not be before from$"), _ => "不得早于“日期起”。"),
        (Re(@"^a date range covers at most ([\d,]+) days$"), m => $"日期范围最长 {m.Groups[1].Value} 天。"),
        (Re(@"^more than ([\d,]+) rows match"), m => $"符合条件的记录超过 {m.Groups[1].Value} 条；请缩小筛选范围（日期、企业）后再导出。"),
        (Re(@"^not valid JSON: (.*)$"), m => $"不是有效的 JSON（{m.Groups[1].Value}）。"),
        (Re(@"^an export event must be a JSON object$"), _ => "出境事件须为一个 JSON 对象。"),
        (Re(@"^not valid Unicode"), _ => "含无效的 Unicode 转义（\\uD800-\\uDFFF 未成对）。"),
        (Re(@"^not valid UTF-8"), _ => "不是有效的 UTF-8 文本。"),
        (Re(@"^is required$"), _ => "必填。"),
        (Re(@"^must not be empty$"), _ => "不能为空。"),
        (Re(@"^'(.*)' is not an RFC 3339 date-time"), m => $"“{m.Groups[1].Value}”不是 RFC 3339 时间（如 2026-11-27T08:00:00Z）。"),
        (Re(@"^'(.*)' is not an ISO 3166-1 alpha-2 code such as"), m => $"“{m.Groups[1].Value}”不是两位字母的国家或地区代码（ISO 3166-1，如 DE）。"),
        (Re(@"^'(.*)' is not an assigned ISO 3166-1 alpha-2 country code$"), m => $"“{m.Groups[1].Value}”不是已分配的国家或地区代码（ISO 3166-1）。"),
        (Re(@"^has ([\d,]+) entries; at most ([\d,]+) are allowed"), m => $"有 {m.Groups[1].Value} 项，最多 {m.Groups[2].Value} 项。"),
        (Re(@"^is not a keyed hash"), _ => "不是带密钥的哈希（至少 32 位十六进制或 43 个 base64 字符，可带“算法:”前缀）；原始个人标识不得写入存证日志。"),
        (Re(@"^must be true or false"), _ => "须为 true 或 false（JSON 布尔值，不是字符串或数字）。"),
        (Re(@"^'(.*)' is not '<algorithm>:<hex>'"), m => $"“{m.Groups[1].Value}”不是“算法:十六进制”格式（如 sha256:64 位十六进制）。"),
        (Re(@"^must be a string$"), _ => "须为字符串。"),
        (Re(@"^must be an array of strings$"), _ => "须为字符串数组。"),
        (Re(@"^is ([\d,]+) characters long; at most ([\d,]+) are allowed$"), m => $"长 {m.Groups[1].Value} 个字符，最多 {m.Groups[2].Value} 个。"),
        (Re(@"^'(.*)' is not your processor \((.*)\)$"), m => $"“{m.Groups[1].Value}”不是贵单位（{m.Groups[2].Value}）。"),
        (Re(@"^keyed hashes longer than (\d+) characters are not counted$"), m => $"超过 {m.Groups[1].Value} 个字符的哈希不予计数。"),
        (Re(@"^(\d+) distinct keyed hashes for (\d+) persons"), m => $"人数为 {m.Groups[2].Value}，却有 {m.Groups[1].Value} 个不同的哈希；每人须有且只有一个哈希（累计人数按哈希去重）。"),
    ];
}
