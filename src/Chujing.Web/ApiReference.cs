using Scalar.AspNetCore;

namespace Chujing.Web;

/// <summary>
/// <c>/api-reference</c>: the API reference rendered from the OpenAPI document by Scalar, served entirely by the
/// platform (the script is embedded in the package; no CDN, no web fonts), so it works on an offline network.
/// </summary>
public static class ApiReference
{
    /// <summary>Where the reference is served.</summary>
    public const string Path = "/api-reference";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(Path, o => o
                .WithTitle("出境监管平台 API · Chujing supervision platform API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .HideDarkModeToggle())
            .AllowAnonymous();
        return app;
    }
}
