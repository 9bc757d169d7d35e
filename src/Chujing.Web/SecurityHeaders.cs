namespace Chujing.Web;

/// <summary>
/// Headers every answer carries: no MIME sniffing, and no framing by other sites (clickjacking), both in the old
/// header and in the content security policy.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
}
