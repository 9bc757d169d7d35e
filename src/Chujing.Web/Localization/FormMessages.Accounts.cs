using System.Text.RegularExpressions;

namespace Chujing.Web.Localization;

/// <summary>The Chinese wording of each English message the account forms can meet.</summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] AccountTranslations =
    [
        (Re(@"^required$"), _ => "必填。"),
        (Re(@"^an e-mail address is required$"), _ => "请填写电子邮箱。"),
        (Re(@"^'(.*)' is not an e-mail address$"), m => $"“{m.Groups[1].Value}”不是电子邮箱地址。"),
        (Re(@"^(\S+) already has an account$"), m => $"{m.Groups[1].Value} 已有账户。"),
        (Re(@"^a name is required$"), _ => "请填写姓名。"),
        (Re(@"^'(.*)' is not a city regulator$"), m => $"“{m.Groups[1].Value}”不是市级监管部门。"),
        (Re(@"^the city creates officials' accounts"), _ => "请选择角色：自贸组团工作人员、市级监管部门或企业管理员。"),
        (Re(@"^only an enterprise account belongs to a processor"), _ => "只有企业账户属于数据处理者或是其管理员；工作人员账户无需填写企业。"),
        (Re(@"^an enterprise account belongs to its processor"), _ => "企业账户属于本企业，无需填写组团或市级部门。"),
        (Re(@"^the city invites a processor's administrator"), _ => "市级监管部门邀请的是企业管理员；企业同事由其管理员邀请。"),
        (Re(@"^the city does not take away"), _ => "市级监管部门不取消企业管理员身份；请由该企业的另一位管理员操作，或锁定该账户。"),
        (Re(@"^the processor's USCC is required"), _ => "请填写企业的统一社会信用代码。"),
        (Re(@"^(\S+) is not a registered processor"), m => $"{m.Groups[1].Value} 不是已登记的数据处理者；请先登记该企业。"),
        (Re(@"^only an enterprise account can be"), _ => "只有企业账户可以是本单位管理员。"),
        (Re(@"^an enterprise administrator invites colleagues"), _ => "企业管理员只能邀请本单位同事（角色为企业用户）。"),
        (Re(@"^a colleague belongs to your processor"), _ => "同事属于本单位，无需填写组团、市级部门或企业。"),
        (Re(@"^only a zone-group officer's account has a zone group$"), _ => "只有组团工作人员的账户有所属组团。"),
        (Re(@"^you cannot take away your own administration"), _ => "不能取消自己的管理员身份；请由另一位管理员操作。"),
        (Re(@"^you cannot lock your own account$"), _ => "不能锁定自己的账户。"),
        (Re(@"^the current password is wrong$"), _ => "当前密码不正确。"),
        (Re(@"^must be at least 10 characters$"), _ => "至少 10 个字符。"),
        (Re(@"^must contain a digit"), _ => "须包含数字（0-9）。"),
        (Re(@"^must contain a lower-case letter"), _ => "须包含小写字母（a-z）。"),
        (Re(@"^must contain an upper-case letter"), _ => "须包含大写字母（A-Z）。"),
        (Re(@"^must contain a character that is not a letter or digit"), _ => "须包含字母和数字以外的符号（如 !）。"),
        (Re(@"^the two new passwords differ$"), _ => "两次输入的新密码不一致。"),
        (Re(@"^this link is not valid"), _ => "此链接无效：已使用、已被新链接取代或已过期；请联系管理员重新发放。"),
    ];
}
