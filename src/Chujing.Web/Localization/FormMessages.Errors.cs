using System.Text.RegularExpressions;

namespace Chujing.Web.Localization;

/// <summary>
/// The Chinese wording of the not-found, forbidden, conflict and sign-in messages the services and endpoints return
/// (the <c>detail</c> of a 401, 403, 404 or 409 problem, and the page notices of the same outcomes).
/// </summary>
public static partial class FormMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] ErrorTranslations =
    [
        (Re(@"^filing '(.+)' does not exist or is not visible to you$"), m => $"备案“{m.Groups[1].Value}”不存在，或您无权查看。"),
        (Re(@"^filing (\S+) has no document '(.+)'; GET (\S+) lists them$"), m => $"备案 {m.Groups[1].Value} 没有材料“{m.Groups[2].Value}”；可用的材料见 GET {m.Groups[3].Value}。"),
        (Re(@"^attachment (\S+) of filing '(.+)' does not exist or is not visible to you$"), m => $"备案“{m.Groups[2].Value}”没有附件 {m.Groups[1].Value}，或您无权查看。"),
        (Re(@"^application (\S+) does not exist or is not visible to you$"), m => $"清单使用申请 {m.Groups[1].Value} 不存在，或您无权查看。"),
        (Re(@"^notice (\S+) does not exist or is not visible to you$"), m => $"修订通知 {m.Groups[1].Value} 不存在，或您无权查看。"),
        (Re(@"^edition (\S+) does not exist or is not visible to you$"), m => $"清单版本“{m.Groups[1].Value}”不存在，或您无权查看。"),
        (Re(@"^draft (\S+) does not exist or is not visible to you$"), m => $"草稿版本“{m.Groups[1].Value}”不存在（或已发布），或您无权查看。"),
        (Re(@"^processor (\S+) does not exist or is not visible to you$"), m => $"数据处理者 {m.Groups[1].Value} 不存在，或您无权查看。"),
        (Re(@"^processor (\S+) not found$"), m => $"数据处理者 {m.Groups[1].Value} 不存在，或您无权查看。"),
        (Re(@"^processor (\S+) has no evidence ledger yet"), m => $"数据处理者 {m.Groups[1].Value} 尚无存证日志（还没有记录任何出境）。"),
        (Re(@"^leaf (\d+) is not in the tree of (\d+) leaves$"), m => $"账本记录 #{m.Groups[1].Value} 不在含 {m.Groups[2].Value} 条记录的树中。"),
        (Re(@"^spot check (\S+) not found$"), m => $"抽验 {m.Groups[1].Value} 不存在，或您无权查看。"),
        (Re(@"^no drawn spot check (\S+) awaits payloads$"), m => $"没有等待提交数据原件的已抽取抽验 {m.Groups[1].Value}。"),
        (Re(@"^finding (\S+) not found$"), m => $"抽验问题 {m.Groups[1].Value} 不存在，或您无权查看。"),
        (Re(@"^objection (\S+) not found$"), m => $"异议 {m.Groups[1].Value} 不存在，或您无权查看。"),
        (Re(@"^notification (\S+) does not exist or is not yours$"), m => $"通知 {m.Groups[1].Value} 不存在，或不是您的通知。"),
        (Re(@"^API token (\S+) does not exist or is not yours$"), m => $"API 令牌 {m.Groups[1].Value} 不存在，或不属于贵单位。"),
        (Re(@"^account (\S+) does not exist or is not one you administer$"), m => $"账户 {m.Groups[1].Value} 不存在，或不由您管理。"),
        (Re(@"^the signed-in account no longer exists$"), _ => "当前登录的账户已不存在。"),
        (Re(@"^filings are read-only for this account$"), _ => "此账户只能查看备案，不能修改。"),
        (Re(@"^only the enterprise records its pathway's result$"), _ => "只有备案企业可以登记出境途径的结果。"),
        (Re(@"^only the filing's enterprise attaches documents$"), _ => "只有备案企业可以上传附件。"),
        (Re(@"^only the filing's enterprise removes its documents$"), _ => "只有备案企业可以删除附件。"),
        (Re(@"^an officer registers processors in their own zone group only$"), _ => "组团工作人员只能登记本组团的数据处理者。"),
        (Re(@"^an enterprise objects to its own rating$"), _ => "企业只能对本单位的评级提出异议。"),
        (Re(@"^a state-changing API call with the session cookie must come from this site"), _ => "携带会话 Cookie 的修改类 API 请求必须来自本站（Origin / Sec-Fetch-Site 表明来自其他站点）。"),
        (Re(@"^an API token cannot change a password; sign in$"), _ => "API 令牌不能修改密码；请登录后修改。"),
        (Re(@"^filing '(.+)' is at version (\d+), not (\d+)"), m => $"备案“{m.Groups[1].Value}”已被他人修改：当前为第 {m.Groups[2].Value} 版，而不是第 {m.Groups[3].Value} 版。请重新读取后重试。"),
        (Re(@"^no free filing id after (\d+) attempts"), m => $"尝试 {m.Groups[1].Value} 次后仍无可用的备案编号（其他备案正在创建），请重试。"),
        (Re(@"^wrong e-mail or password; after (\d+) failed attempts an account is locked for (\d+) minutes$"), m => $"电子邮箱或密码错误；连续失败 {m.Groups[1].Value} 次后账户将锁定 {m.Groups[2].Value} 分钟。"),
        (Re(@"^this account signs in with a second factor"), _ => "此账户须使用两步验证登录：请随密码一并发送身份验证器的当前验证码 \"code\"（或恢复码 \"recoveryCode\"）。"),
        (Re(@"^the code is wrong or has expired; after (\d+) failed attempts an account is locked for (\d+) minutes$"), m => $"验证码错误或已过期；连续失败 {m.Groups[1].Value} 次后账户将锁定 {m.Groups[2].Value} 分钟。"),
        (Re(@"^officials sign in with an authenticator app's code as well"), _ => "监管人员登录时还须输入身份验证器的验证码：请先在登录页（/Account/Login）绑定身份验证器。"),
        (Re(@"^The resource was changed since it was read"), _ => "读取之后该内容已被修改，请重新读取后重试。"),
    ];
}
