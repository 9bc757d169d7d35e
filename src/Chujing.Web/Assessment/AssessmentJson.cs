using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Chujing.Web.Assessment;

/// <summary>
/// The JSON settings of <c>chujing assess --json</c> (the CLI's CliJson): camelCase, indented, nulls left out,
/// kebab-case enums, Chinese unescaped. Kept identical so that <c>POST /api/assess</c> returns the same document
/// byte for byte; a test compares the two.
/// </summary>
public static class AssessmentJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
