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

    // The evidence ledger's query parameters and the approvals and publication of a list revision.
    private static readonly (Regex Pattern, Func<Match, string> Zh)[] LedgerAndEditionTranslations =
    [
        (Re(@"^must be a whole number, 0 or more$"), _ => "须为不小于 0 的整数。"),
        (Re(@"^name the leaf: \?leaf="), _ => "请给出账本记录序号：?leaf=<序号，从 0 起>。"),
        (Re(@"^the ledger has (\d+) leaves; size must be between 1 and that$"), m => $"账本共有 {m.Groups[1].Value} 条记录；size 须在 1 至 {m.Groups[1].Value} 之间。"),
        (Re(@"^name the processor: \?processor="), _ => "请给出数据处理者：?processor=<统一社会信用代码>。"),
        (Re(@"^not a unified social credit code"), _ => "不是有效的统一社会信用代码（18 位，校验位正确）。"),
        (Re(@"^'(.*)' is not one of provincial-approval, national-filing$"), m => $"“{m.Groups[1].Value}”不是可登记的批准类型（provincial-approval 省级批准、national-filing 国家备案）。"),
        (Re(@"^the document's date \(yyyy-mm-dd\) is required$"), _ => "请填写文件日期（年-月-日）。"),
        (Re(@"^(\d{4}-\d{2}-\d{2}) is after today \((\d{4}-\d{2}-\d{2}), China Standard Time\)$"), m => $"{m.Groups[1].Value} 晚于今天（北京时间 {m.Groups[2].Value}）。"),
        (Re(@"^the national filing follows the provincial approval \((\d{4}-\d{2}-\d{2})\)$"), m => $"国家备案应在省级批准（{m.Groups[1].Value}）之后。"),
        (Re(@"^record the provincial cyberspace commission's approval first"), _ => "请先登记省级网络安全和信息化委员会的批准（第六条）：清单经批准后才报国家网信部门、国家数据管理部门备案。"),
        (Re(@"^record the filing with the national cyberspace and data authorities first"), _ => "请先登记报国家网信部门、国家数据管理部门备案的情况（第六条）。"),
        (Re(@"^the draft already records its (.+); each approval is recorded once$"), m => $"草稿已登记过{m.Groups[1].Value}；每种批准只登记一次。"),
        (Re(@"^a draft records at most (\d+) approvals$"), m => $"每个草稿最多登记 {m.Groups[1].Value} 项批准。"),
        (Re(@"^the day the edition takes effect \(yyyy-mm-dd\) is required$"), _ => "请填写版本生效日期（年-月-日）。"),
        (Re(@"^(\S+) is a shipped edition and read-only; start a draft from it$"), m => $"{m.Groups[1].Value} 是平台随附的版本，只读；请以它为基础新建草稿。"),
        (Re(@"^(\S+) is published and can no longer change; start a new draft from it$"), m => $"{m.Groups[1].Value} 已发布，不能再修改；请以它为基础新建草稿。"),
        (Re(@"^(\S+) is not in force yet; move the filing from its effective day$"), m => $"{m.Groups[1].Value} 尚未生效；请在其生效之日起再迁移备案。"),
        (Re(@"^filing (\S+) already moved onto (\S+)$"), m => $"备案 {m.Groups[1].Value} 已迁移到 {m.Groups[2].Value}。"),
        (Re(@"^name the edition to start from, e\.g\. (\S+)$"), m => $"请给出作为基础的版本，如 {m.Groups[1].Value}。"),
        (Re(@"^'(.+)' is not a list of the (.+) free-trade zone; the city revises only its own lists$"), m => $"“{m.Groups[1].Value}”不是{m.Groups[2].Value}自由贸易试验区的清单；本市只能修订本市的清单。"),
        (Re(@"^no shipped or published edition '(.+)'$"), m => $"没有随附或已发布的版本“{m.Groups[1].Value}”。"),
        (Re(@"^an edition id is <jurisdiction>/<edition>"), _ => "版本编号格式为 <地区>/<版本>，由小写字母、数字和“-”组成，如 beijing-ftz/2025（最多 64 个字符）。"),
        (Re(@"^a new edition of (\S+) keeps its jurisdiction: (\S+)/…$"), m => $"{m.Groups[1].Value} 的新版本须保持其地区：{m.Groups[2].Value}/…。"),
        (Re(@"^edition '(.+)' already exists$"), m => $"版本“{m.Groups[1].Value}”已存在。"),
        (Re(@"^at most ([\d,]+) rows$"), m => $"最多 {m.Groups[1].Value} 行。"),
        (Re(@"^not an XLSX workbook with a sheet '(.+)'$"), m => $"不是含工作表“{m.Groups[1].Value}”的 XLSX 工作簿。"),
        (Re(@"^sheet '(.+)' needs the columns (.+)$"), m => $"工作表“{m.Groups[1].Value}”须有以下列：{m.Groups[2].Value}。"),
        (Re(@"^(\d{4}-\d{2}-\d{2}) is before today \((\d{4}-\d{2}-\d{2}), China Standard Time\); an edition takes effect today or later$"), m => $"{m.Groups[1].Value} 早于今天（北京时间 {m.Groups[2].Value}）；版本只能自今天或之后生效。"),
    ];
}
