using Microsoft.AspNetCore.Localization;

namespace Chujing.Web.Localization;

/// <summary><c>GET /culture/{name}?returnUrl=…</c>: the language switch; remembers the choice in a cookie for a year.</summary>
public static class CultureEndpoints
{
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{name:regex(^(zh-CN|en)$)}", (string name, string? returnUrl, HttpContext http) =>
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });

                // Only paths of this site: the switch must not become an open redirect.
                var target = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
                return Results.LocalRedirect(target);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
