using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chujing.Domain.Calendar;

namespace Chujing.Web.Audit;

/// <summary>What an audit entry changed: the top-level properties whose values differ between before and after, in plain text.</summary>
public static class AuditDiff
{
    /// <summary>Changed properties in the order of the after snapshot (then those only before). Bookkeeping fields are left out.</summary>
    public static IReadOnlyList<AuditChange> Changes(string? before, string? after) =>
        [.. Nodes(Parse(before), Parse(after)).Select(c => new AuditChange(c.Property, Plain(c.Before), Plain(c.After)))];

    /// <summary>The changed properties (as <see cref="Changes"/> finds them) with their JSON values, for labelling.</summary>
    internal static IEnumerable<(string Property, JsonNode? Before, JsonNode? After)> Nodes(JsonObject before, JsonObject after)
    {
        var names = after.Select(p => p.Key).Concat(before.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name is "version" or "updatedAt" or "allowedActions")
            {
                continue;
            }

            if (!string.Equals(Plain(before[name]), Plain(after[name]), StringComparison.Ordinal))
            {
                yield return (name, before[name], after[name]);
            }
        }
    }

    /// <summary>
    /// A value as a person reads it: strings without quotes or escapes, times in Beijing time, lists joined by
    /// commas, objects as compact JSON without escaped characters.
    /// </summary>
    internal static string? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var text) =>
            text.Length >= 20 && text[4] == '-' && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? at.ToOffset(RegulatoryCalendar.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
                : text,
        JsonArray items when items.All(i => i is JsonValue) => string.Join(", ", items.Select(Plain)),
        _ => node.ToJsonString(Readable),
    };

    /// <summary>A snapshot as a JSON object (empty when absent or not an object).</summary>
    internal static JsonObject Parse(string? json) =>
        json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
