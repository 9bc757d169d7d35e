namespace Chujing.Web.Problems;

/// <summary>Problem details for every error: thrown ones through <see cref="PlatformExceptionHandler"/>, bare status codes (401, 403, 404) through the status-code pages.</summary>
public static class ProblemsServiceCollectionExtensions
{
    public static IServiceCollection AddPlatformProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // Bare status codes (401 without a session, 403 without the permission) get the framework's English
            // title: put the Chinese first, as every other problem has it.
            if (context.ProblemDetails.Title is { } title && !title.Contains(" · ", StringComparison.Ordinal) && ChineseTitles.TryGetValue(context.ProblemDetails.Status ?? 0, out var zh))
            {
                context.ProblemDetails.Title = zh + " · " + title;
            }

            // Every problem says what is wrong in Chinese too (a bare 403, 405 or 415 has no detail at all).
            ProblemText.Complete(context.ProblemDetails);
        });
        services.AddExceptionHandler<PlatformExceptionHandler>();

        // Minimal API binding errors are thrown so that the handler above names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>The title of a bare status: Chinese · the framework's English reason.</summary>
    internal static string TitleOf(int status)
    {
        var english = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        return ChineseTitles.TryGetValue(status, out var zh) ? zh + " · " + english : english;
    }

    private static readonly Dictionary<int, string> ChineseTitles = new()
    {
        [StatusCodes.Status400BadRequest] = "请求无法读取",
        [StatusCodes.Status401Unauthorized] = "未登录或登录已失效",
        [StatusCodes.Status403Forbidden] = "无权操作",
        [StatusCodes.Status404NotFound] = "未找到",
        [StatusCodes.Status405MethodNotAllowed] = "不支持该请求方法",
        [StatusCodes.Status409Conflict] = "内容已被他人修改",
        [StatusCodes.Status413PayloadTooLarge] = "请求内容过大",
        [StatusCodes.Status415UnsupportedMediaType] = "不支持的内容类型",
        [StatusCodes.Status422UnprocessableEntity] = "内容不符合要求",
        [StatusCodes.Status500InternalServerError] = "系统内部错误",
        [StatusCodes.Status503ServiceUnavailable] = "服务暂不可用",
    };

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
