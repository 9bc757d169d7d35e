using Chujing.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Chujing.Web.Problems;

/// <summary>
/// The Chinese of every problem the API answers, as the 400/422 problems carry it: <c>messagesZh</c> (what is wrong,
/// in Chinese) and a <c>detail</c> with the Chinese first and the English beside (<c>中文 · English</c>). A message of a
/// service (a filing not found, an action not permitted) is put into Chinese by <see cref="FormMessages"/>; a bare
/// status code (403 without the permission, 405, 415, a form token refused) gets its status's sentence.
/// </summary>
public static class ProblemText
{
    /// <summary>The extension holding the Chinese messages (one per problem; those of a 400/422 match <c>errors</c>).</summary>
    public const string MessagesZh = "messagesZh";

    private const string Separator = " · ";

    private static readonly Dictionary<int, (string Zh, string En)> StatusSentences = new()
    {
        [StatusCodes.Status400BadRequest] = ("请求无法读取：请求内容或表单的防伪令牌无效（表单已过期时请刷新页面后重试）。", "The request could not be read: its body or the form's anti-forgery token is not valid (if the form expired, reload the page and retry)."),
        [StatusCodes.Status401Unauthorized] = ("请先登录：使用会话 Cookie（POST /api/auth/login）或 Authorization: Bearer 令牌。", "Sign in first: a session cookie (POST /api/auth/login) or an Authorization: Bearer token."),
        [StatusCodes.Status403Forbidden] = ("您的账户没有执行此操作所需的权限。", "Your account does not have the permission this needs."),
        [StatusCodes.Status404NotFound] = ("所请求的地址或记录不存在，或您无权查看。", "The address or record does not exist, or you may not see it."),
        [StatusCodes.Status405MethodNotAllowed] = ("此地址不支持该请求方法（可用的方法见响应头 Allow）。", "This address does not accept this method (the Allow header lists those it does)."),
        [StatusCodes.Status406NotAcceptable] = ("无法以所要求的格式（Accept）作答；API 以 JSON 作答。", "The answer cannot be given in the format asked for (Accept); the API answers JSON."),
        [StatusCodes.Status409Conflict] = ("读取之后该内容已被他人修改，请重新读取后重试。", "It was changed by someone else since it was read; read it again and retry."),
        [StatusCodes.Status413PayloadTooLarge] = ("请求内容过大，超过此地址的上限。", "The request is larger than this address accepts."),
        [StatusCodes.Status415UnsupportedMediaType] = ("不支持的内容类型：请以 application/json 发送请求正文（Content-Type: application/json）。", "Unsupported content type: send the body as application/json (Content-Type: application/json)."),
        [StatusCodes.Status422UnprocessableEntity] = ("提交的内容不符合要求。", "The request breaks a rule."),
        [StatusCodes.Status429TooManyRequests] = ("请求过于频繁，请稍后重试。", "Too many requests; try again shortly."),
        [StatusCodes.Status500InternalServerError] = ("处理请求时发生内部错误，已记录；请稍后重试。", "Something went wrong while handling the request; it was logged. Try again later."),
        [StatusCodes.Status503ServiceUnavailable] = ("服务暂不可用，请稍后重试。", "The service is unavailable; try again shortly."),
    };

    /// <summary>
    /// Adds the Chinese to <paramref name="problem"/> when it has none: <c>messagesZh</c>, and the detail as
    /// <c>中文 · English</c> (the status's sentence when there is no detail). A problem with <c>messagesZh</c> is left as it is.
    /// </summary>
    public static ProblemDetails Complete(ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Extensions.ContainsKey(MessagesZh))
        {
            return problem;
        }

        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var sentence = StatusSentences.TryGetValue(status, out var s) ? s
            : status < 500 ? StatusSentences[StatusCodes.Status400BadRequest] : StatusSentences[StatusCodes.Status500InternalServerError];
        string zh;
        if (string.IsNullOrWhiteSpace(problem.Detail))
        {
            zh = sentence.Zh;
            problem.Detail = zh + Separator + sentence.En;
        }
        else if (HasChinese(problem.Detail))
        {
            // Already 中文 · English (or Chinese only): the Chinese is what comes before the English.
            var cut = problem.Detail.IndexOf(Separator, StringComparison.Ordinal);
            zh = cut > 0 ? problem.Detail[..cut] : problem.Detail;
        }
        else
        {
            var translated = FormMessages.Message(problem.Detail, english: false);
            zh = HasChinese(translated) ? translated : sentence.Zh;
            problem.Detail = zh + Separator + problem.Detail;
        }

        problem.Extensions[MessagesZh] = new[] { zh };
        return problem;
    }

    /// <summary>True when <paramref name="text"/> has a CJK character.</summary>
    public static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf');
}
