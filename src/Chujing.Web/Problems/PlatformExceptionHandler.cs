using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Chujing.Web.Logging;

namespace Chujing.Web.Problems;

/// <summary>
/// Exceptions that reach the client as problems: the serializer's own failures to bind a body (400, naming the
/// field), bad input met while streaming (<see cref="InvalidInputException"/>, sorted as <see cref="ProblemMapping"/>
/// sorts diagnostics), a concurrent change caught by the database (409), an environment failure and a database that
/// does not answer (503). Expected
/// outcomes do not come this way: services return them as results. Nothing else reaches the client but a bare 500.
/// </summary>
internal sealed class PlatformExceptionHandler(IProblemDetailsService problems, ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (BrowserErrorPages.IsBrowser(httpContext))
        {
            // A browser gets the error page in the layout (UsePlatformProblems re-executes it).
            if (BrowserErrorPages.StatusFor(exception) == StatusCodes.Status500InternalServerError)
            {
                logger.Unhandled(exception, httpContext.Request.Path);
            }

            return false;
        }

        var problem = exception switch
        {
            InvalidInputException e => ProblemMapping.Invalid(e.Diagnostics),
            BadHttpRequestException { InnerException: JsonException json } => ProblemMapping.Invalid([FromJson(json)]),
            BadHttpRequestException e when JsonWording.ForParameter(e) is { } parameter => Unreadable(e.StatusCode, parameter),
            BadHttpRequestException e => Unreadable(e.StatusCode, Diagnostic.ForField(DiagnosticKind.Syntax, null, "body", JsonWording.ForBadRequest(e))),
            JsonException json => ProblemMapping.Invalid([FromJson(json)]),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "内容已被他人修改 · Changed by someone else",
                Detail = "The resource was changed since it was read; read it again and retry.",
            },
            // First: a lost database connection, wrapped or not, is said in the platform's words; the driver's
            // message (host, port, database) goes to the log only.
            _ when DatabaseUnavailable.Is(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = DatabaseUnavailable.Title,
                Detail = DatabaseUnavailable.Detail,
            },
            EnvironmentFailureException e => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "服务暂不可用 · Service unavailable",
                Detail = Unavailable(e.Message),
            },
            _ => null,
        };
        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.Unavailable(exception, httpContext.Request.Path);
        }

        if (problem is null)
        {
            logger.Unhandled(exception, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "系统内部错误 · Internal error" };
        }

        ProblemText.Complete(problem);
        httpContext.Response.StatusCode = problem.Status!.Value;
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
        if (!written)
        {
            // The client's Accept names no JSON (e.g. only text/html): an API answers problem+json all the same.
            await httpContext.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json", cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private static ProblemDetails Unreadable(int status, Diagnostic diagnostic)
    {
        var problem = ProblemMapping.Invalid([diagnostic]);
        problem.Status = status;
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            problem.Title = "请求内容过大 · Request too large";
        }

        return problem;
    }

    private static Diagnostic FromJson(JsonException json)
    {
        // System.Text.Json reports "$.persons.personal" or "$.recipients[0].country"; the field is the path without "$.".
        var path = json.Path is { Length: > 1 } p ? p.TrimStart('$').TrimStart('.') : "body";
        var (field, message) = JsonWording.For(json, path.Length == 0 ? "body" : path);
        var kind = message.StartsWith("is given twice", StringComparison.Ordinal) ? DiagnosticKind.DuplicateMember
            : message.StartsWith("unknown property", StringComparison.Ordinal) ? DiagnosticKind.UnknownMember
            : message.StartsWith("must be", StringComparison.Ordinal) ? DiagnosticKind.Type
            : DiagnosticKind.Syntax;
        return new Diagnostic(null, (int)(json.LineNumber + 1 ?? 0), (int)(json.BytePositionInLine + 1 ?? 0), field, message) { Kind = kind };
    }

    /// <summary>
    /// What a node's failure says to the caller: what is missing, in Chinese and English, without where it happened (a
    /// store's name carries the database's host and name, or a file's path; the log has them).
    /// </summary>
    private static string Unavailable(string message) => Localization.FormMessages.Bilingual(message, dropPlace: true);
}
