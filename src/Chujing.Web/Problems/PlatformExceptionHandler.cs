using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Problems;

/// <summary>
/// The one place where outcomes become HTTP problems (RFC 9457): bad JSON → 400, input that breaks a rule → 422,
/// each naming the field; unknown or invisible resources → 404; a concurrent change → 409; an environment failure
/// → 503. Nothing else reaches the client but a bare 500 without details.
/// </summary>
internal sealed class PlatformExceptionHandler(IProblemDetailsService problems, ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InvalidInputException e => Invalid(StatusCodes.Status422UnprocessableEntity, e.Diagnostics),
            UnreadableBodyException e => Invalid(StatusCodes.Status400BadRequest, e.Diagnostics),
            BadHttpRequestException { InnerException: JsonException json } => Invalid(StatusCodes.Status400BadRequest, [FromJson(json)]),
            BadHttpRequestException e => Invalid(e.StatusCode, [Diagnostic.ForField(null, "body", JsonWording.ForBadRequest(e))]),
            JsonException json => Invalid(StatusCodes.Status400BadRequest, [FromJson(json)]),
            ResourceNotFoundException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = e.Message },
            AccessDeniedException e => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = e.Message },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Changed by someone else",
                Detail = "The resource was changed since it was read; read it again and retry.",
            },
            EnvironmentFailureException e => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service unavailable",
                Detail = e.Message,
            },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Internal error" };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    private static ProblemDetails Invalid(int status, IReadOnlyList<Diagnostic> diagnostics)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? "The request could not be read" : "The request is not valid",
            Detail = diagnostics[0].ToString(),
        };
        problem.Extensions["errors"] = diagnostics
            .GroupBy(d => d.Subject is null or "" or "$" ? "body" : d.Subject, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Suggestion is null ? d.Message : $"{d.Message} (did you mean {d.Suggestion}?)").ToArray(), StringComparer.Ordinal);
        return problem;
    }

    private static Diagnostic FromJson(JsonException json)
    {
        // System.Text.Json reports "$.persons.personal" or "$.recipients[0].country"; the field is the path without "$.".
        var path = json.Path is { Length: > 1 } p ? p.TrimStart('$').TrimStart('.') : "body";
        var (field, message) = JsonWording.For(json, path.Length == 0 ? "body" : path);
        return new Diagnostic(null, (int)(json.LineNumber + 1 ?? 0), (int)(json.BytePositionInLine + 1 ?? 0), field, message);
    }
}
