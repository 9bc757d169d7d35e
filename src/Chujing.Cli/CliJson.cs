using System.Text.Json;
using Chujing.Domain.Serialization;

namespace Chujing.Cli;

/// <summary>How every <c>--json</c> document is written (see <see cref="JsonConventions"/>).</summary>
internal static class CliJson
{
    /// <summary>Writes one JSON document and a final newline.</summary>
    public static void Write<T>(TextWriter output, T value)
    {
        output.Write(JsonSerializer.Serialize(value, JsonConventions.Indented));
        output.WriteLine();
    }
}
