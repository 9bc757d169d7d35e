using System.Collections.Frozen;

namespace Chujing.Web.Localization;

/// <summary>The word list of error pages, form messages and labels of codes: key → (Chinese, English).</summary>
public sealed partial class UiText
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> MessageTexts = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal)
    {
        ["paging.previous"] = ("上一页", "Previous"),
        ["paging.next"] = ("下一页", "Next"),
        ["paging.of"] = ("第 {0} / {1} 页，共 {2} 条", "Page {0} of {1}, {2} in all"),
        ["dashboard.all-filings"] = ("查看全部备案", "All filings"),
        ["error.home"] = ("返回工作台", "Back to the dashboard"),
        ["error.code"] = ("错误代码", "Error code"),
        ["error.400.title"] = ("请求无法处理", "The request could not be processed"),
        ["error.400.text"] = ("提交的内容无法读取，或表单已过期。请返回上一页刷新后重试。", "What was sent could not be read, or the form expired. Go back, reload the page and try again."),
        ["error.403.title"] = ("无权访问", "Access denied"),
        ["error.403.text"] = ("您的账户无权查看此页面或执行此操作。", "Your account may not see this page or do this."),
        ["error.404.title"] = ("找不到该页面", "Page not found"),
        ["error.404.text"] = ("该页面或记录不存在，或您无权查看。", "The page or record does not exist, or you may not see it."),
        ["error.405.title"] = ("不支持该操作", "Not supported"),
        ["error.405.text"] = ("此页面不支持该请求方式。", "This page does not accept this kind of request."),
        ["error.409.title"] = ("内容已被他人修改", "Changed by someone else"),
        ["error.409.text"] = ("您读取之后，该记录已被修改。请重新打开后再操作。", "The record changed after you read it. Open it again and retry."),
        ["error.422.title"] = ("内容不符合要求", "The request is not valid"),
        ["error.422.text"] = ("提交的内容不符合要求，请返回修改。", "What was sent breaks a rule; go back and correct it."),
        ["error.503.title"] = ("服务暂不可用", "Service unavailable"),
        ["error.503.text"] = ("数据库或存储暂时无法访问，请稍后重试。", "The database or storage is not reachable right now; try again later."),
        ["error.500.title"] = ("系统内部错误", "Internal error"),
        ["error.500.text"] = ("处理请求时发生错误，已记录。请稍后重试。", "Something went wrong while handling the request; it was logged. Try again later."),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
