using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chujing.Web.Filings;

/// <summary>
/// A JSON document kept as written (a filing's archived decision): returned to clients verbatim, never parsed by the
/// platform.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed record ArchivedJson(string Text)
{
    private sealed class Converter : JsonConverter<ArchivedJson>
    {
        public override ArchivedJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("an archived document is written, never read");

        // The text was written by the serializer itself, so it needs no second validation.
        public override void Write(Utf8JsonWriter writer, ArchivedJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Text, skipInputValidation: true);
    }
}
