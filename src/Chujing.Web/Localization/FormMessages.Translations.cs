using System.Text.RegularExpressions;

namespace Chujing.Web.Localization;

/// <summary>The Chinese wording of each English message the filing, application and registration forms can meet.</summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] Translations =
    [
        (Re(@"^the list edition is required"), _ => "请选择清单版本。"),
        (Re(@"^an edition id such as .+ is required$"), _ => "请选择清单版本。"),
        (Re(@"^'(.+)' is not an edition id of the form"), m => $"“{m.Groups[1].Value}”不是清单版本编号（格式：地区/版本）。"),
        (Re(@"^'(.+)' is not an edition this platform serves$"), m => $"本平台没有清单版本“{m.Groups[1].Value}”。"),
        (Re(@"^'(.+)' holds the national rules"), m => $"“{m.Groups[1].Value}”是国家规定，无需申请即适用；请选择自贸区负面清单版本。"),
        (Re(@"^unknown list edition '(.+?)'"), m => $"没有清单版本“{m.Groups[1].Value}”。"),
        (Re(@"^'(.+)' applies to processors of the (.+) free-trade zone"), m => $"“{m.Groups[1].Value}”适用于{m.Groups[2].Value}自由贸易试验区的数据处理者；贵单位登记在北京自贸区。"),
        (Re(@"^the scenario is required$"), _ => "请选择业务场景。"),
        (Re(@"^unknown scenario '(.+?)' in '(.+?)'"), m => $"清单“{m.Groups[2].Value}”中没有业务场景“{m.Groups[1].Value}”。"),
        (Re(@"^'(.+?)' is a field of (.+), not of scenario '(.+)'$"), m => $"“{m.Groups[1].Value}”属于场景 {m.Groups[2].Value}，不属于所选场景“{m.Groups[3].Value}”。"),
        (Re(@"^unknown field '(.+?)' in "), m => $"所选清单或场景中没有字段“{m.Groups[1].Value}”。"),
        (Re(@"^a field id must not be empty$"), _ => "字段不能为空。"),
        (Re(@"^the purpose of the export is required$"), _ => "请填写出境目的。"),
        (Re(@"^the security measures are required$"), _ => "请填写安全保护措施。"),
        (Re(@"^at least one overseas recipient is required$"), _ => "请至少填写一个境外接收方。"),
        (Re(@"^the recipient's name is required$"), _ => "请填写接收方名称。"),
        (Re(@"^CN is mainland China"), _ => "CN 是中国大陆，不属于境外；请填写接收方所在的境外国家或地区。"),
        (Re(@"^'(.*)' is not an assigned ISO 3166-1 alpha-2 code"), m => m.Groups[1].Value.Length == 0 ? "请填写国家或地区代码（ISO 3166-1 两位字母，如 DE、HK）。" : $"“{m.Groups[1].Value}”不是有效的国家或地区代码（ISO 3166-1 两位字母，如 DE、HK）。"),
        (Re(@"^must be a whole number of persons, 0 or more, of at most (\d+) digits$"), m => $"须为不小于 0 的整数人数，最多 {m.Groups[1].Value} 位数字。"),
        (Re(@"^must be a whole number (of persons )?≥ 0"), _ => "须为不小于 0 的整数。"),
        (Re(@"^the number of persons is required"), _ => "请填写人数（不小于 0 的整数）。"),
        (Re(@"^must be ≥ 0"), _ => "须为不小于 0 的整数。"),
        (Re(@"^must be a whole number of persons"), _ => "须为整数人数。"),
        (Re(@"^must be a whole number of months$"), _ => "须为整数月数。"),
        (Re(@"^must be between 1 and 600 months$"), _ => "须在 1 至 600 个月之间。"),
        (Re(@"^must be a date written YYYY-MM-DD$"), _ => "须为日期（年-月-日）。"),
        (Re(@"^must be ticked or not$"), _ => "请勾选或不勾选。"),
        (Re(@"^could not be read$"), _ => "无法读取。"),
        (Re(@"^the first valid day is required"), _ => "请填写有效期起始日期。"),
        (Re(@"^the last valid day is required"), _ => "请填写有效期截止日期。"),
        (Re(@"^persons\.personal and persons\.sensitive are required$"), _ => "请填写个人信息人数和敏感个人信息人数。"),
        (Re(@"^must not be before validFrom$"), _ => "不得早于有效期起始日期。"),
        (Re(@"^a filing is valid for at most (\d+) years$"), m => $"备案有效期最长 {m.Groups[1].Value} 年。"),
        (Re(@"^the validity already ended on (\S+); "), m => $"有效期已于 {m.Groups[1].Value} 结束；请选择今天或以后的截止日期。"),
        (Re(@"^must be at most ([\d,]+) characters \(it has ([\d,]+)\)$"), m => $"最多 {m.Groups[1].Value} 个字符（现有 {m.Groups[2].Value} 个）。"),
        (Re(@"^must be at most ([\d,]+) characters$"), m => $"最多 {m.Groups[1].Value} 个字符。"),
        (Re(@"^must list at most ([\d,]+) entries \(it has ([\d,]+)\)$"), m => $"最多 {m.Groups[1].Value} 项（现有 {m.Groups[2].Value} 项）。"),
        (Re(@"^'(.+)' needs a note that says why$"), m => $"“{Code("action", m.Groups[1].Value)}”须填写理由。"),
        (Re(@"^'(.+)' is not possible on a filing that is (.+)$"), m => $"备案当前为“{Code("status", m.Groups[2].Value)}”，不能“{Code("action", m.Groups[1].Value)}”。"),
        (Re(@"^'(.+)' is done by (.+), not by (.+)$"), m => $"“{Code("action", m.Groups[1].Value)}”不由您的角色执行。"),
        (Re(@"^'(.+)' cannot be requested this way$"), m => $"不能这样请求“{Code("action", m.Groups[1].Value)}”。"),
        (Re(@"^you are already approved to use (.+)$"), m => $"贵单位已获准使用 {m.Groups[1].Value}。"),
        (Re(@"^your application for (.+) is still awaiting a decision$"), m => $"贵单位对 {m.Groups[1].Value} 的申请尚在审核中。"),
        (Re(@"^say which business in the zone needs the list$"), _ => "请说明区内哪项业务需要使用清单。"),
        (Re(@"^the application was already decided"), _ => "该申请已作出决定。"),
        (Re(@"^a rejection needs a note that says why$"), _ => "不予批准须填写理由。"),
        (Re(@"^'(.*)' is not a valid unified social credit code: it must have 18 characters$"), _ => "统一社会信用代码为 18 位。"),
        (Re(@"^'(.*)' is not a valid unified social credit code: a character is outside"), _ => "统一社会信用代码只能使用数字 0-9 和字母 A-Y（不含 I、O、Z、S、V）。"),
        (Re(@"^'(.*)' is not a valid unified social credit code: the check character does not match$"), _ => "校验码不正确（GB 32100）。"),
        (Re(@"^'(.*)' is not an assigned unified social credit code"), _ => "不是已赋码的统一社会信用代码：登记管理部门码（第 1 位）不为 0，行政区划码（第 3-8 位）为 6 位数字且不为 000000（GB 32100）。"),
        (Re(@"^is filed twice \(as fields\[(\d+)\]\)$"), m => $"与第 {int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1} 项重复。"),
        (Re(@"^names the same recipient in the same country twice \(as recipients\[(\d+)\]\)$"), m => $"与第 {int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1} 项是同一国家或地区的同一接收方。"),
        (Re(@"^(\S+) is already registered$"), m => $"{m.Groups[1].Value} 已登记。"),
        (Re(@"^the processor's name is required$"), _ => "请填写数据处理者名称。"),
        (Re(@"^a contact e-mail address is required$"), _ => "请填写联系邮箱。"),
        (Re(@"^'(.*)' is not a zone group$"), m => $"“{m.Groups[1].Value}”不是自贸组团。"),
    ];

    private static Regex Re(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
