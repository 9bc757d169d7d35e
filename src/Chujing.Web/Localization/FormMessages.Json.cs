using System.Globalization;
using System.Text.RegularExpressions;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Localization;

/// <summary>
/// The Chinese wording of the messages about a body that could not be read: not UTF-8, not JSON (the parser's own
/// sentences, each said in Chinese with the token it stopped at), a property given twice or unknown, a value of the
/// wrong JSON type, a query parameter out of range or of the wrong form (paging). The English stays as it is.
/// </summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] JsonTranslations =
    [
        (Re(@"^(?<inner>.+) \((?<count>[\d,]+) times: (?<names>.+?)(?: and (?<more>[\d,]+) more)?\)$"), Repeated),
        (Re(@"^and ([\d,]+) more problems not listed"), m => $"另有 {m.Groups[1].Value} 处问题未列出；请改正以上问题后再发送。"),
        (Re(@"^is not valid UTF-8: byte (0x[0-9A-F]{2}) at line (\d+), column (\d+) cannot be decoded"), m => $"不是有效的 UTF-8 编码：第 {m.Groups[2].Value} 行第 {m.Groups[3].Value} 列的字节 {m.Groups[1].Value} 无法解码（请以 UTF-8 编码保存后再发送）。"),
        (Re(@"^is given twice; give each property once$"), _ => "重复给出；每个属性只能给出一次。"),
        (Re(@"^is given twice$"), _ => "重复给出；每个属性只能给出一次。"),
        (Re(@"^'(.+)' is given twice$"), m => $"属性“{m.Groups[1].Value}”重复给出；每个属性只能给出一次。"),
        (Re(@"^unknown property '(.+)'$"), m => $"没有属性“{m.Groups[1].Value}”（是否拼写有误？）。"),
        (Re(@"^unknown property$"), _ => "没有此属性（是否拼写有误？）。"),
        (Re(@"^(?:is not valid JSON|invalid JSON|not valid JSON|is not JSON): (.*)$"), m => "不是有效的 JSON：" + Parser(m.Groups[1].Value)),
        (Re(@"^the activity is empty; expected a JSON object$"), _ => "内容为空；应为一个 JSON 对象。"),
        (Re(@"^an activity is a JSON object, not (.+)$"), m => $"出境活动须为一个 JSON 对象，而不是{JsonKind(m.Groups[1].Value)}。"),
        (Re(@"^expected a JSON array of export events$"), _ => "应为出境事件组成的 JSON 数组。"),
        (Re(@"^send between 1 and ([\d,]+) events per request$"), m => $"每次须发送 1 至 {m.Groups[1].Value} 条出境事件。"),
        (Re(@"^a JSON body is required$"), _ => "请求须带 JSON 正文。"),
        (Re(@"^send the body as application/json$"), _ => "请以 application/json 发送正文。"),
        (Re(@"^the body is larger than this address accepts \(at most ([\d,]+) bytes\)$"), m => $"请求正文超过此地址的上限（至多 {m.Groups[1].Value} 字节）。"),
        (Re(@"^must be a whole number written as a JSON number, such as 12 \(at most ([\d,]+)\)$"), m => $"须为整数，写作 JSON 数字（如 12，不加引号），最大 {m.Groups[1].Value}。"),
        (Re(@"^must be a whole number written as a JSON number, such as 12$"), _ => "须为整数，写作 JSON 数字（如 12，不加引号）。"),
        (Re(@"^must be a number written as a JSON number, such as 1\.5$"), _ => "须为数字，写作 JSON 数字（如 1.5，不加引号）。"),
        (Re(@"^must be a date and time written like (\S+)$"), m => $"须为日期时间（如 {m.Groups[1].Value}）。"),
        (Re(@"^must be a JSON array$"), _ => "须为 JSON 数组。"),
        (Re(@"^must be a JSON object$"), _ => "须为 JSON 对象。"),
        (Re(@"^must be one of the listed values"), _ => "须为所列取值之一（小写连字符形式，如 under-review）。"),
        (Re(@"^has the wrong type$"), _ => "类型不正确。"),
        (Re(@"^must be a whole number \(it is '(.*)'\)$"), m => $"须为整数（现为“{m.Groups[1].Value}”）。"),
        (Re(@"^must be true or false \(it is '(.*)'\)$"), m => $"须为 true 或 false（现为“{m.Groups[1].Value}”）。"),
        (Re(@"^has the wrong form \(it is '(.*)'\)$"), m => $"格式不正确（现为“{m.Groups[1].Value}”）。"),
        (Re(@"^must be 1 to ([\d,]+)$"), m => $"须为 1 至 {m.Groups[1].Value} 之间的整数（每页条数）。"),
        (Re(@"^must be a page number from 1 to ([\d,]+)$"), m => $"须为 1 至 {m.Groups[1].Value} 之间的页码。"),
        (Re(@"^is required \(an object with at least 'ciio'\)$"), _ => "必填：一个对象，至少含 ciio（是否关键信息基础设施运营者）。"),
        (Re(@"^is required \(true or false; null when not known yet\)$"), _ => "必填：true 或 false（尚不确定时为 null）。"),
        (Re(@"^is required \(true or false\), not null$"), _ => "必填：true 或 false，不能为 null。"),
        (Re(@"^is required \(a whole number of persons ≥ 0\)$"), _ => "必填：不小于 0 的整数人数。"),
        (Re(@"^is required: \{""personal"": n, ""sensitive"": n\}$"), _ => "必填：{\"personal\": 人数, \"sensitive\": 人数}。"),
    ];

    // The JSON parser's sentences (System.Text.Json), each with the token it stopped at.
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] ParserSentences =
    [
        (Re(@"^'(.*)' is an invalid start of a value"), m => $"“{m.Groups[1].Value}”不能作为值的开头（值应为对象、数组、带双引号的字符串、数字、true、false 或 null）"),
        (Re(@"^'(.*)' is invalid after a single JSON value"), m => $"一个完整的 JSON 值之后多出了“{m.Groups[1].Value}”"),
        (Re(@"^'(.*)' is invalid after a value"), m => $"值之后出现了“{m.Groups[1].Value}”，此处应为逗号“,”、“}}”或“]”"),
        (Re(@"^'(.*)' is invalid after a property name"), m => $"属性名之后出现了“{m.Groups[1].Value}”，此处应为冒号“:”"),
        (Re(@"^'(.*)' is an invalid start of a property name"), m => $"“{m.Groups[1].Value}”不能作为属性名的开头（属性名须用双引号括起）"),
        (Re(@"^'(.*)' is an invalid JSON literal\. Expected the literal '(\w+)'"), m => $"“{m.Groups[1].Value}”不是有效的 JSON 字面量，应为 {m.Groups[2].Value}"),
        (Re(@"^'(.*)' is an invalid JSON literal"), m => $"“{m.Groups[1].Value}”不是有效的 JSON 字面量（true、false 或 null）"),
        (Re(@"^The JSON object contains a trailing comma"), _ => "对象末尾多了一个逗号"),
        (Re(@"^The JSON array contains a trailing comma"), _ => "数组末尾多了一个逗号"),
        (Re(@"^(?:the document ends too early|Expected depth to be zero)"), _ => "文档不完整，有未闭合的对象或数组（是否被截断？）"),
        (Re(@"^Expected end of string"), _ => "字符串缺少结束的双引号，文档已结束"),
        (Re(@"^Expected a digit \('0'-'9'\), but instead reached end of data"), _ => "数字不完整，文档已结束"),
        (Re(@"^The input does not contain any JSON tokens"), _ => "内容为空，没有任何 JSON"),
        (Re(@"^Expected a value, but instead reached end of data|reached end of data|isFinalBlock"), _ => "文档不完整（是否被截断？）"),
        (Re(@"^Invalid leading zero before '(.*)'"), m => $"数字不能以 0 开头（在“{m.Groups[1].Value}”之前）"),
        (Re(@"^'(.*)' is invalid within a number"), m => $"数字中出现了无效的字符“{m.Groups[1].Value}”"),
        (Re(@"^'(.*)' is an invalid end of a number"), m => $"数字之后出现了无效的字符“{m.Groups[1].Value}”"),
        (Re(@"^'(.*)' is an invalid escapable character within a JSON string"), m => $"字符串中的转义“\\{m.Groups[1].Value}”无效"),
        (Re(@"^'(.*)' is not a hex digit following '\\u'"), m => $"字符串中 \\u 之后的“{m.Groups[1].Value}”不是十六进制数字"),
        (Re(@"^'(.*)' is invalid within a JSON string"), m => $"字符串中含有须转义的字符“{m.Groups[1].Value}”"),
        (Re(@"^'(.*)' is invalid without a matching open"), m => $"“{m.Groups[1].Value}”没有与之对应的开括号"),
        (Re(@"^The maximum configured depth of (\d+) has been exceeded"), m => $"嵌套超过 {m.Groups[1].Value} 层"),
        (Re(@"^nested too deeply"), _ => "嵌套层数过多"),
        (Re(@"^Expected end of comment"), _ => "注释没有结束，文档已结束"),
    ];

    /// <summary>
    /// <see cref="Describe(Chujing.Domain.Diagnostics.Diagnostic, bool)"/> with the line and column where the input could not be read, when the diagnostic has
    /// them and the message does not say them already: <c>第 1 行第 2 列：不是有效的 JSON：…</c>, or after the field's
    /// label, <c>名称（第 1 行第 25 列）：重复给出…</c>.
    /// </summary>
    public static string DescribeAt(Diagnostic diagnostic, bool english)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var text = Describe(diagnostic, english);
        var line = diagnostic.Line.ToString(CultureInfo.InvariantCulture);
        if (diagnostic.Line <= 0 || !diagnostic.IsUnreadable || text.Contains(english ? $"line {line}" : $"第 {line} 行", StringComparison.Ordinal))
        {
            return text;
        }

        var column = diagnostic.Column.ToString(CultureInfo.InvariantCulture);
        var at = english
            ? diagnostic.Column > 0 ? $"line {line}, column {column}" : $"line {line}"
            : diagnostic.Column > 0 ? $"第 {line} 行第 {column} 列" : $"第 {line} 行";
        var label = Label(diagnostic.Subject, english);
        if (label is null)
        {
            return english ? $"{at}: {text}" : $"{at}：{text}";
        }

        // Describe wrote "label：message"; the position goes after the label.
        return english ? $"{label} ({at}){text[label.Length..]}" : $"{label}（{at}）{text[label.Length..]}";
    }

    /// <summary>The parser's sentence in Chinese (its position dropped: the diagnostic carries it); kept in English, quoted, when unknown.</summary>
    private static string Parser(string sentence)
    {
        var cut = sentence.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var bare = (cut >= 0 ? sentence[..cut] : sentence).Trim().TrimEnd('.');
        foreach (var (pattern, zh) in ParserSentences)
        {
            var match = pattern.Match(bare);
            if (match.Success)
            {
                return zh(match) + "。";
            }
        }

        return $"{bare}。";
    }

    // The same problem at many entries (DiagnosticSummary): the problem once, how many, and the first few by their labels.
    private static string Repeated(Match m)
    {
        var names = string.Join("、", m.Groups["names"].Value.Split(", ").Select(n => Label(n, english: false) ?? n));
        var more = m.Groups["more"].Success ? $"等，另有 {m.Groups["more"].Value} 处" : string.Empty;
        return $"{Message(m.Groups["inner"].Value, english: false).TrimEnd('。')}（共 {m.Groups["count"].Value} 处：{names}{more}）。";
    }

    private static string JsonKind(string english) => english switch
    {
        "an array" => "数组",
        "a string" => "字符串",
        "a number" => "数字",
        _ when english.StartsWith("the string", StringComparison.Ordinal) => "字符串",
        _ when english.StartsWith("the number", StringComparison.Ordinal) => "数字",
        _ => english,
    };
}
