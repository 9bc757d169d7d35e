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
    public static IReadOnlyList<AuditChange> Changes(string? before, string? after)
    {
        var b = Parse(before);
        var a = Parse(after);
        var names = a.Select(p => p.Key).Concat(b.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        var changes = new List<AuditChange>();
        foreach (var name in names)
        {
            if (name is "version" or "updatedAt" or "allowedActions")
            {
                continue;
            }

            var old = Plain(b[name]);
            var @new = Plain(a[name]);
            if (!string.Equals(old, @new, StringComparison.Ordinal))
            {
                changes.Add(new AuditChange(name, old, @new));
            }
        }

        return changes;
    }

    /// <summary>
    /// A value as a person reads it: strings without quotes or escapes, times in Beijing time, lists joined by
    /// commas, objects as compact JSON without escaped characters.
    /// </summary>
    private static string? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var text) =>
            text.Length >= 20 && text[4] == '-' && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? at.ToOffset(RegulatoryCalendar.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
                : text,
        JsonArray items when items.All(i => i is JsonValue) => string.Join(", ", items.Select(Plain)),
        _ => node.ToJsonString(Readable),
    };

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Parse(string? json) =>
        json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];
}
