using System.Text.Json;
using Chujing.Domain.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Chujing.Web;

/// <summary>The API's JSON: <see cref="JsonConventions"/> with strict input (unknown and repeated properties, numbers in strings rejected).</summary>
public static class PlatformJson
{
    /// <summary>The options every API body is read and written with.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static IServiceCollection AddPlatformJson(this IServiceCollection services) =>
        services.Configure<JsonOptions>(o => JsonConventions.Apply(o.SerializerOptions, strictInput: true));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonConventions.Apply(options, strictInput: true);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
