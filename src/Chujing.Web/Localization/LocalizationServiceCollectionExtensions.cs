using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Chujing.Web.Localization;

/// <summary>Chinese (zh-CN) by default; English by <c>?culture=en</c> or the cookie the switch sets.</summary>
public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services)
    {
        services.AddSingleton<UiText>();

        // Pages write Chinese as Chinese, not as &#x…; entities: the HTML encoder lets every script through and still
        // escapes what HTML needs escaped (<, >, &, quotes).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
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
