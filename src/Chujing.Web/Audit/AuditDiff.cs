using System.Text.Json.Nodes;

namespace Chujing.Web.Audit;

/// <summary>What an audit entry changed: the top-level properties whose values differ between before and after.</summary>
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

            var old = b[name]?.ToJsonString(PlatformJson.Options);
            var @new = a[name]?.ToJsonString(PlatformJson.Options);
            if (!string.Equals(old, @new, StringComparison.Ordinal))
            {
                changes.Add(new AuditChange(name, old, @new));
            }
        }

        return changes;
    }

    private static JsonObject Parse(string? json) =>
        json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];
}
