using Chujing.Domain.Diagnostics;
using Chujing.Web.Problems;

namespace Chujing.Web.Access;

/// <summary>
/// Cross-site request forgery on the JSON API: a state-changing call (POST, PUT, PATCH, DELETE) under <c>/api</c>
/// that carries the session cookie is refused (403) when the browser says it comes from another site — an
/// <c>Origin</c> other than this site's, or <c>Sec-Fetch-Site: cross-site</c>. Calls with neither header come from
/// non-browser clients (scripts, gateways) and are accepted; the pages have antiforgery tokens of their own.
/// </summary>
public static class CrossSiteRequests
{
    /// <summary>The session cookie's name (see <see cref="AccessServiceCollectionExtensions.AddPlatformIdentity"/>).</summary>
    public const string SessionCookie = "chujing.session";

    public static IApplicationBuilder UseCrossSiteRequestRefusal(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (IsForged(context.Request))
            {
                return ProblemMapping.ToHttpResult(new ForbiddenError("a state-changing API call with the session cookie must come from this site (Origin / Sec-Fetch-Site)")).ExecuteAsync(context);
            }

            return next(context);
        });

    /// <summary>True when the request is a cookie-authenticated API state change that a browser marked as coming from elsewhere.</summary>
    public static bool IsForged(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || !request.Cookies.ContainsKey(SessionCookie))
        {
            return false;
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Equals("cross-site", StringComparison.OrdinalIgnoreCase) || fetchSite.Equals("same-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        var self = request.Scheme + "://" + request.Host.Value;
        return !string.Equals(origin.TrimEnd('/'), self, StringComparison.OrdinalIgnoreCase);
    }
}
