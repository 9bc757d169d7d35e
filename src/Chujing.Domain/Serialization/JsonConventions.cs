using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chujing.Domain.Serialization;

/// <summary>
/// The one factory of Chujing's JSON options, for the CLI's <c>--json</c> and the HTTP API alike: camelCase
/// properties, kebab-case enum values (<c>standard-contract-or-certification</c>), nulls left out, Chinese left
/// readable. Input read with <c>strictInput</c> also refuses unknown properties and numbers in strings.
/// </summary>
public static class JsonConventions
{
    /// <summary>Indented, for people and files.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Compact, for the wire.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>New read-only options; <paramref name="strictInput"/> for bodies typed by a person or a program.</summary>
    public static JsonSerializerOptions Create(bool indented, bool strictInput = false)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented };
        Apply(options, strictInput);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Applies the conventions to options owned by a host (e.g. ASP.NET Core's JSON options).</summary>
    public static void Apply(JsonSerializerOptions options, bool strictInput = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;

        // Output is JSON for programs and people, never inlined into HTML: leave Chinese and quotes readable.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: !strictInput));
        if (strictInput)
        {
            // A typo in a property name is an error, not silently ignored data.
            options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;

            // Numbers are JSON numbers: "120000" in quotes is a type error, as it is for `chujing assess`.
            options.NumberHandling = JsonNumberHandling.Strict;

            // A property given twice is refused, not silently decided by the last one.
            options.AllowDuplicateProperties = false;
        }
    }
}
