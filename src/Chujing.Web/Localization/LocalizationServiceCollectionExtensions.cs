using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Chujing.Web.Localization;

/// <summary>Chinese (zh-CN) by default; English by <c>?culture=en</c> or the cookie the switch sets.</summary>
public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services)
    {
        services.AddSingleton<UiText>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new("zh-CN"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }
}
