using System.Text.RegularExpressions;
using Chujing.Domain.Diagnostics;
using Chujing.Web.SpotChecks;

namespace Chujing.Web.Localization;

/// <summary>The Chinese wording of each English message the spot-check, findings, objection and token forms can meet.</summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] SpotCheckTranslations =
    [
        (Re(@"^is required$"), _ => "必填。"),
        (Re(@"^at most ([\d,]+) characters$"), m => $"最多 {m.Groups[1].Value} 个字符。"),
        (Re(@"^spot check (\S+) is ([a-z-]+); a check is drawn once$"), m => $"抽验 {m.Groups[1].Value} 的状态为“{Status(m.Groups[2].Value)}”；每次抽验只抽取一次。"),
        (Re(@"^spot check (\S+) is ([a-z-]+); a check runs once, after its draw$"), m => $"抽验 {m.Groups[1].Value} 的状态为“{Status(m.Groups[2].Value)}”；抽验在抽取之后执行，且只执行一次。"),
        (Re(@"^at most 20 contributions, each with a party"), _ => "种子贡献最多 20 项，每项须有参与方（不超过 100 个字符）和取值（不超过 200 个字符）。"),
        (Re(@"^the seed must be the contributions joined in order"), _ => "同时给出种子和各方贡献时，种子须为各方贡献按顺序连接而成。"),
        (Re(@"^a seed has at least (\d+) characters$"), m => $"种子合计至少 {m.Groups[1].Value} 个字符。"),
        (Re(@"^a seed has at most (\d+) characters$"), m => $"种子最多 {m.Groups[1].Value} 个字符。"),
        (Re(@"^a seed has no control characters"), _ => "种子不得含控制字符，首尾不得有空白。"),
        (Re(@"^after the recusals, zone group '(.+)' has only (\d+) inspector\(s\) for filing (\S+); (\d+) are needed$"), m => $"回避后，自贸组团“{ZoneGroups.Name(m.Groups[1].Value, english: false)}”检查备案 {m.Groups[3].Value} 的人员只剩 {m.Groups[2].Value} 名，至少需要 {m.Groups[4].Value} 名。"),
        (Re(@"^an inspector recuses from a drawn check that has not run yet$"), _ => "只有被抽中的检查人员可以在抽验执行前申请回避。"),
        (Re(@"^you are not drawn to inspect filing '(.*)' in (\S+)$"), m => $"您未被抽中检查抽验 {m.Groups[2].Value} 中的备案“{m.Groups[1].Value}”。"),
        (Re(@"^the period's first and last day are required"), _ => "请填写期间的起止日期（YYYY-MM-DD）。"),
        (Re(@"^the period must end by today and after it starts, and span at most (\d+) days$"), m => $"期间须在今天或之前结束、不早于起始日期，且最长 {m.Groups[1].Value} 天。"),
        (Re(@"^a sample size is a whole number of at least 1"), _ => "抽取数须为不小于 1 的整数（备案数不超过 100000，记录数不超过 1000000）。"),
        (Re(@"^finding (\S+) is ([a-z-]+); a re-check is drawn for a finding whose rectification was accepted"), m => $"问题 {m.Groups[1].Value} 的状态为“{Status(m.Groups[2].Value)}”；只有整改已被接受、待复查的问题才能计划复查抽验。"),
        (Re(@"^zone group (.+) has fewer than (\d+) officers to draw inspectors from$"), m => $"自贸组团 {string.Join("、", m.Groups[1].Value.Split(", ").Select(z => ZoneGroups.Name(z, english: false)))} 的工作人员少于 {m.Groups[2].Value} 名，无法抽取检查人员。"),
        (Re(@"^an officer plans checks of their own zone group$"), _ => "组团工作人员只能计划本组团的抽验。"),
        (Re(@"^at most 20 attachments, each with a name"), _ => "附件最多 20 个，每个须有名称（不超过 200 个字符）和 SHA-256（64 位小写十六进制）。"),
        (Re(@"^finding (\S+) is ([a-z-]+); a rectification answers an open or escalated finding$"), m => $"问题 {m.Groups[1].Value} 的状态为“{Status(m.Groups[2].Value)}”；只能对待整改或已升级的问题提交整改。"),
        (Re(@"^'(.*)' is not accept, reopen or escalate$"), m => $"“{m.Groups[1].Value}”不是可执行的操作（接受、退回或升级）。"),
        (Re(@"^finding (\S+) is ([a-z-]+); '(accept|reopen|escalate)' is not possible from there$"), m => $"问题 {m.Groups[1].Value} 的状态为“{Status(m.Groups[2].Value)}”，不能{Decision(m.Groups[3].Value)}。"),
        (Re(@"^say why the rectification is not enough$"), _ => "退回须说明整改为何不足。"),
        (Re(@"^an escalation may 'suspend' or 'revoke' the filing"), _ => "只有升级时可以同时暂停或撤销备案。"),
        (Re(@"^'(.*)' is not a finding of processor (\S+)$"), m => $"“{m.Groups[1].Value}”不是本单位的抽验问题，请从列表中选择。"),
        (Re(@"^finding (\S+) already has an objection \((\S+)\); one objection per finding$"), m => $"问题 {m.Groups[1].Value} 已提出过异议（{m.Groups[2].Value}）；每个问题只能提出一次异议。"),
        (Re(@"^say why \(at most (\d+) characters\)$"), m => $"请说明理由（不超过 {m.Groups[1].Value} 个字符）。"),
        (Re(@"^objection (\S+) is (upheld|rejected); it was decided already$"), m => $"异议 {m.Groups[1].Value} 已作出决定（{(m.Groups[2].Value == "upheld" ? "异议成立" : "异议不成立")}）。"),
        (Re(@"^'(.*)' is not uphold or reject$"), m => $"“{m.Groups[1].Value}”不是可作出的决定（异议成立或不成立）。"),
        (Re(@"^leaf (\d+) carries no digest: no payload is asked for$"), m => $"账本记录 #{m.Groups[1].Value} 没有数据摘要，无需提交数据原件。"),
        (Re(@"^a payload is at most (\d+) bytes$"), m => $"数据原件最大 {long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) / (1024 * 1024)} MiB。"),
        (Re(@"^a name is required, e\.g\."), _ => "必填（例如 出境网关、夜间 ETL）。"),
        (Re(@"^a processor holds at most (\d+) tokens; revoke one first$"), m => $"每个数据处理者最多持有 {m.Groups[1].Value} 个令牌，请先撤销一个。"),
        (Re(@"^'(.*)' is not a token scope$"), m => $"“{m.Groups[1].Value}”不是令牌权限范围。"),
        (Re(@"^at least one scope is required$"), _ => "至少选择一个权限范围。"),
    ];

    /// <summary>
    /// One line per diagnostic, joined: <c>label：message</c>, the label taken from <paramref name="labels"/> (a field
    /// path → the UI text key of the form's own label) before the shared labels.
    /// </summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics, bool english, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(labels);
        var lines = diagnostics.Select(d =>
        {
            if (d.Subject is not { } subject || !labels.TryGetValue(subject, out var key))
            {
                return Describe(d, english);
            }

            var message = Message(d.Message, english);
            var label = UiText.In(key, english);
            return english ? $"{label}: {message}" : $"{label}：{message}";
        }).ToList();
        return Join(lines, english);
    }

    /// <summary>Every diagnostic on one line, each under its form label (the labels of <see cref="Label"/>).</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics, bool english)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Join(diagnostics.Select(d => Describe(d, english)), english);
    }

    /// <summary>
    /// Messages on one line: "; " in English; in Chinese "；" between them, except after a message that already ends a
    /// sentence (。？！): "原因分析：必填。整改措施：必填。", never "。；".
    /// </summary>
    public static string Join(IEnumerable<string> lines, bool english)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (english)
        {
            return string.Join("; ", lines);
        }

        var joined = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (joined.Length > 0 && joined[^1] is not ('。' or '？' or '！' or '；'))
            {
                joined.Append('；');
            }

            joined.Append(line);
        }

        return joined.ToString();
    }

    private static string Status(string status) => FindingNames.StatusLabel(status).Split(' ')[0];

    private static string Decision(string decision) => decision switch
    {
        "accept" => "接受",
        "reopen" => "退回",
        _ => "升级",
    };
}
