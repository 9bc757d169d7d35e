using Chujing.Domain.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Chujing.Web.Problems;

/// <summary>
/// The one place where an <see cref="Error"/> becomes an HTTP problem (RFC 9457): an input that cannot be read as
/// the expected JSON (diagnostics of a syntax, type or member kind) → 400, a readable input that breaks a rule → 422,
/// each naming the field (<c>errors</c>, and <c>messagesZh</c>: the same in Chinese under the forms' labels); not found or not visible → 404; forbidden → 403; changed by someone else → 409, each with its
/// Chinese (<see cref="ProblemText"/>).
/// </summary>
public static class ProblemMapping
{
    /// <summary>The API's answer to <paramref name="result"/>: <paramref name="ok"/> of the value, or the error's problem.</summary>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> ok)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ok);
        return result.IsSuccess ? ok(result.Value) : ToHttpResult(result.Error!);
    }

    /// <summary>The API's answer to <paramref name="result"/>: the value as JSON (200), or the error's problem.</summary>
    public static IResult ToHttpResult<T>(this Result<T> result) => result.ToHttpResult(v => Results.Ok(v));

    /// <summary>The problem response of <paramref name="error"/>.</summary>
    public static IResult ToHttpResult(Error error)
    {
        var problem = ToProblem(error);
        return Results.Problem(problem);
    }

    /// <summary>The problem details of <paramref name="error"/>.</summary>
    public static ProblemDetails ToProblem(Error error) => error switch
    {
        InvalidError invalid => Invalid(invalid.Diagnostics),
        NotFoundError e => ProblemText.Complete(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "未找到 · Not found", Detail = e.Message }),
        ForbiddenError e => ProblemText.Complete(new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "无权操作 · Forbidden", Detail = e.Message }),
        ConflictError e => ProblemText.Complete(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "内容已被他人修改 · Changed by someone else", Detail = e.Message + "; read it again and retry" }),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "not an error of the closed set"),
    };

    /// <summary>400 when any diagnostic says the body could not be read, else 422; every field with its messages.</summary>
    public static ProblemDetails Invalid(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var status = diagnostics.Any(d => d.IsUnreadable) ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;

        // The same problem at many entries is said once, with how many; no answer lists more than a hundred.
        diagnostics = DiagnosticSummary.Collapse(diagnostics);
        var messagesZh = diagnostics.Select(d => Localization.FormMessages.DescribeAt(d, english: false)).ToArray();
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? "请求无法读取 · The request could not be read" : "内容不符合要求 · The request is not valid",

            // The first problem, Chinese first (under the form's label) with the English beside; all of them are in errors and messagesZh.
            Detail = ProblemText.HasChinese(messagesZh[0]) ? messagesZh[0] + " · " + English(diagnostics[0]) : English(diagnostics[0]),
        };
        problem.Extensions["errors"] = diagnostics
            .GroupBy(d => d.Subject is null or "" or "$" ? "body" : d.Subject, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Suggestion is null ? d.Message : $"{d.Message} (did you mean {d.Suggestion}?)").ToArray(), StringComparer.Ordinal);

        // The same problems as a person reads them on the forms: field labels and Chinese wording.
        problem.Extensions["messagesZh"] = messagesZh;
        return problem;
    }

    // The English of one problem. With a line, the input's name says where (a workbook's sheet: 清单:2:4); without
    // one it is the request itself (the body, the filing), and said before the field it read "body: list: …".
    private static string English(Diagnostic d) => (d.Line > 0 ? d : d with { Source = null }).ToString();
}
