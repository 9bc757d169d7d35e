using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Problems;

/// <summary>
/// Errors as a browser should see them: a page in the site's layout, Chinese first (<c>/Error/{code}</c>), for bare
/// status codes (a page's 404, a form's 400) and for exceptions alike, whenever the request was routed to a Razor page
/// or asks for HTML. API clients — anything under <c>/api</c>, <c>/openapi</c> or <c>/health</c>, or a request to no
/// page that does not ask for HTML — keep getting problem+json.
/// </summary>
public static class BrowserErrorPages
{
    /// <summary>The error page's path; the status code follows it.</summary>
    public const string Path = "/Error";

    /// <summary>
    /// True when the request comes from a browser navigating to a page: it is not an API path, and it accepts HTML or it
    /// was routed to a Razor page (a form posted by script, such as the events upload, accepts anything).
    /// </summary>
    public static bool IsBrowser(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // While an exception is handled, the request's path is already the error page's; the feature keeps the original.
        var handled = context.Features.Get<IExceptionHandlerFeature>();
        var path = handled?.Path is { } original ? new PathString(original) : context.Request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var endpoint = handled is null ? context.GetEndpoint() : handled.Endpoint;
        return endpoint?.Metadata.GetMetadata<PageActionDescriptor>() is not null
            || context.Request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
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

    /// <summary>
    /// Status-code pages: the error page for browsers, problem details for everyone else. The choice is made when the
    /// status is known, after routing, so that a page's own 403 or 404 is the page whatever the request accepts.
    /// </summary>
    public static WebApplication UseBrowserAwareStatusCodePages(this WebApplication app)
    {
        app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = HandleAsync });
        return app;
    }

    private static Task HandleAsync(StatusCodeContext context) =>
        IsBrowser(context.HttpContext) ? ReExecuteAsync(context) : WriteProblemAsync(context.HttpContext);

    /// <summary>Problem details of the bare status, problem+json even when the client's Accept names no JSON.</summary>
    private static async Task WriteProblemAsync(HttpContext http)
    {
        var problem = new ProblemDetails { Status = http.Response.StatusCode };
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).ConfigureAwait(false))
        {
            problem.Title = ProblemsServiceCollectionExtensions.TitleOf(problem.Status.Value);
            ProblemText.Complete(problem);
            await http.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json").ConfigureAwait(false);
        }
    }

    /// <summary>Runs the rest of the pipeline again for <c>/Error/{code}</c>, keeping the status (as <c>UseStatusCodePagesWithReExecute</c> does).</summary>
    private static async Task ReExecuteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var originalPath = http.Request.Path;
        var originalQuery = http.Request.QueryString;
        var routeValues = http.Features.Get<IRouteValuesFeature>();
        var originalRouteValues = routeValues?.RouteValues;
        http.Features.Set<IStatusCodeReExecuteFeature>(new ReExecuted
        {
            OriginalPathBase = http.Request.PathBase.Value!,
            OriginalPath = originalPath.Value!,
            OriginalQueryString = originalQuery.HasValue ? originalQuery.Value : null,
            OriginalStatusCode = status,
            Endpoint = http.GetEndpoint(),
            RouteValues = originalRouteValues,
        });

        // Routing runs again for the error page: the page's endpoint and route values are cleared first.
        http.SetEndpoint(null);
        if (routeValues is not null)
        {
            routeValues.RouteValues = [];
        }

        http.Request.Path = new PathString(string.Create(CultureInfo.InvariantCulture, $"{Path}/{status}"));
        http.Request.QueryString = QueryString.Empty;
        try
        {
            await context.Next(http).ConfigureAwait(false);
        }
        finally
        {
            http.Request.QueryString = originalQuery;
            http.Request.Path = originalPath;
            http.Features.Set<IStatusCodeReExecuteFeature?>(null);
            if (routeValues is not null && originalRouteValues is not null)
            {
                routeValues.RouteValues = originalRouteValues;
            }
        }
    }

    private sealed class ReExecuted : IStatusCodeReExecuteFeature
    {
        public string OriginalPathBase { get; set; } = string.Empty;

        public string OriginalPath { get; set; } = string.Empty;

        public string? OriginalQueryString { get; set; }

        public int OriginalStatusCode { get; init; }

        public Endpoint? Endpoint { get; init; }

        public RouteValueDictionary? RouteValues { get; init; }
    }
}
