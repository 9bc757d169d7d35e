using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Chujing.Cli;

/// <summary>How every <c>--json</c> document is written: camelCase, indented, Chinese left readable.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Writes one JSON document and a final newline.</summary>
    public static void Write<T>(TextWriter output, T value)
    {
        output.Write(JsonSerializer.Serialize(value, Options));
        output.WriteLine();
    }
}
