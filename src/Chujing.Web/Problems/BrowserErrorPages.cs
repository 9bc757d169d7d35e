using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Problems;

/// <summary>
/// Errors as a browser should see them: a page in the site's layout, Chinese first (<c>/Error/{code}</c>), for bare
/// status codes (a page's 404, a form's 400) and for exceptions alike. API clients — anything under <c>/api</c>,
/// <c>/openapi</c> or <c>/health</c>, or a request that does not ask for HTML — keep getting problem+json.
/// </summary>
public static class BrowserErrorPages
{
    /// <summary>The error page's path; the status code follows it.</summary>
    public const string Path = "/Error";

    /// <summary>True when the request comes from a browser navigating to a page (it accepts HTML and is not an API path).</summary>
    public static bool IsBrowser(HttpContext context)
    {
        // While an exception is handled, the request's path is already the error page's; the feature keeps the original.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original ? new PathString(original) : context.Request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return context.Request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The status an exception means, the same mapping as the problem details (<see cref="PlatformExceptionHandler"/>).</summary>
    public static int StatusFor(Exception exception) => exception switch
    {
        InvalidInputException e => ProblemMapping.Invalid(e.Diagnostics).Status!.Value,
        JsonException => StatusCodes.Status400BadRequest,
        BadHttpRequestException e => e.StatusCode,
        DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        EnvironmentFailureException => StatusCodes.Status503ServiceUnavailable,
        _ when DatabaseUnavailable.Is(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Status-code pages: the error page for browsers, problem details for everyone else.</summary>
    public static WebApplication UseBrowserAwareStatusCodePages(this WebApplication app)
    {
        app.UseWhen(IsBrowser, browser => browser.UseStatusCodePagesWithReExecute(Path + "/{0}"));
        app.UseWhen(context => !IsBrowser(context), api => api.UseStatusCodePages());
        return app;
    }
}
