using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;

namespace Chujing.Web;

/// <summary>The API's JSON: camelCase, kebab-case enums (<c>under-review</c>), readable Chinese, unknown properties and numbers in strings rejected.</summary>
public static class PlatformJson
{
    /// <summary>The options every API body is read and written with.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static IServiceCollection AddPlatformJson(this IServiceCollection services) =>
        services.Configure<JsonOptions>(o => Configure(o.SerializerOptions));

    private static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

        // A typo in a property name is an error, not silently ignored data.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;

        // Numbers are JSON numbers: "120000" in quotes is a type error here as it is for /api/assess and the CLI.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
