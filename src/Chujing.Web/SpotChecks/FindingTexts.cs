using System.Text.Json;
using Chujing.Web.Localization;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// A finding as a person reads it on the page: its kind, field and basis in words (Chinese, English beside), while
/// the API keeps the codes, paths and the basis as stored.
/// </summary>
public static class FindingTexts
{
    /// <summary>人数超过备案 Persons over filed for <c>persons-over-filed</c>; an unknown kind reads as given.</summary>
    public static string Kind(string kind) =>
        UiText.Has("kind." + kind) ? UiText.In("kind." + kind, false) + " " + UiText.In("kind." + kind, true) : kind;

    /// <summary>What a spot check's own findings concern, beyond the event's fields.</summary>
    private static readonly Dictionary<string, string> SpotCheckPaths = new(StringComparer.Ordinal)
    {
        ["ledger"] = "存证日志 Ledger",
        ["leaf"] = "存证记录 Evidence record",
        ["digest"] = "数据原件摘要 Payload digest",
        ["fields"] = "出境字段 Fields",
        ["gateway"] = "出境网关核验 Gateway checks",
    };

    /// <summary>The event field in words (人数 Persons for <c>persons</c>), or — when the finding names none.</summary>
    public static string Field(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "—";
        }

        if (SpotCheckPaths.TryGetValue(path, out var own))
        {
            return own;
        }

        var zh = EventPaths.Label(path, false);
        var en = EventPaths.Label(path, true);
        return zh == en ? zh : zh + " " + en;
    }

    /// <summary>
    /// The citations of a stored basis (a JSON list of rule and citation, as the deviation tables show them), or a
    /// platform-policy basis marked as such.
    /// </summary>
    public static IReadOnlyList<string> Basis(string basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        const string policy = "platform-policy: ";
        if (basis.StartsWith(policy, StringComparison.Ordinal))
        {
            return ["平台政策 Platform policy：" + basis[policy.Length..]];
        }

        if (basis.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(basis);
                var citations = document.RootElement.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("citation", out var c) && c.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetProperty("citation").GetString()!)
                    .ToList();
                if (citations.Count > 0)
                {
                    return citations;
                }
            }
            catch (JsonException)
            {
                // Not a citation list: shown as stored.
            }
        }

        return [basis];
    }

    /// <summary>正常 Normal / 加严 Tightened / 放宽 Reduced for a rating state.</summary>
    public static string RatingState(string state) => state switch
    {
        "normal" => "正常检查 Normal",
        "tightened" => "加严检查 Tightened",
        "reduced" => "放宽检查 Reduced",
        _ => state,
    };
}
