using Microsoft.OpenApi;

namespace Chujing.Web;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public static class OpenApiServiceCollectionExtensions
{
    private const string SessionScheme = "session";

    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chujing supervision platform (出境监管平台)";
            document.Info.Description = "Filings, list-use applications, review, evidence and counters for the Beijing FTZ negative list.";

            // Every /api route but sign-in takes the session cookie that POST /api/auth/login sets.
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "chujing.session",
                Description = "The session cookie set by POST /api/auth/login.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, document)] = [] }];
            return Task.CompletedTask;
        }).AddSchemaTransformer(OpenApiLimits.ApplyAsync));
}
