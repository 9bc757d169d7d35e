namespace Chujing.Web.Problems;

/// <summary>Problem details for every error: thrown ones through <see cref="PlatformExceptionHandler"/>, bare status codes (401, 403, 404) through the status-code pages.</summary>
public static class ProblemsServiceCollectionExtensions
{
    public static IServiceCollection AddPlatformProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<PlatformExceptionHandler>();

        // Minimal API binding errors are thrown so that the handler above names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UsePlatformProblems(this WebApplication app)
    {
        // Browsers' errors are re-executed as the error page (PlatformExceptionHandler leaves them); a 404 page is a
        // proper answer there, not a failure of the handler.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = BrowserErrorPages.Path,
            StatusCodeSelector = BrowserErrorPages.StatusFor,
            AllowStatusCode404Response = true,
        });
        app.UseBrowserAwareStatusCodePages();
        return app;
    }
}
