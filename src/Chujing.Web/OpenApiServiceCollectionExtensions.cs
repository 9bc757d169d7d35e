namespace Chujing.Web;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public static class OpenApiServiceCollectionExtensions
{
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chujing supervision platform (出境监管平台)";
            document.Info.Description = "Filings, list-use applications, review, evidence and counters for the Beijing FTZ negative list.";
            return Task.CompletedTask;
        }));
}
