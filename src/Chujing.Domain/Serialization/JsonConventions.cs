using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chujing.Domain.Serialization;

/// <summary>
/// How Chujing writes JSON everywhere (CLI <c>--json</c> and the HTTP API alike): camelCase properties,
/// kebab-case enum values (<c>standard-contract-or-certification</c>), nulls left out, Chinese left readable.
/// </summary>
public static class JsonConventions
{
    /// <summary>Indented, for people and files.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Compact, for the wire.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Applies the conventions to options owned by a host (e.g. ASP.NET Core's JSON options).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // Output is JSON for programs and people, never inlined into HTML: leave Chinese and quotes readable.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented };
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
