using System.Text.Json;
using Chujing.Domain.Catalog;
using Chujing.Domain.Filings;

namespace Chujing.Documents.Model;

/// <summary>
/// What the filing's archived decision (<c>assessment</c> of <c>GET /api/filings/{id}</c>, as <c>chujing assess
/// --json</c> prints it) adds to the filing's basis: the decision's confidence, the stricter answer on confirmed entries
/// only, whether the list applied and why not, and each basis entry's Chinese explanation, kind and pathway.
/// </summary>
public sealed record DecisionFacts
{
    /// <summary>The lowest confidence among the entries that require the pathway; null when only engine notes do.</summary>
    public Confidence? Confidence { get; init; }

    /// <summary>The pathway on two-source-confirmed entries only, when it differs; null otherwise.</summary>
    public Pathway? StrictPathway { get; init; }

    /// <summary>The articles of <see cref="StrictPathway"/>.</summary>
    public IReadOnlyList<string> StrictCitations { get; init; } = [];

    /// <summary>False when the list the filing names was not applied; null when the decision names no list.</summary>
    public bool? ListApplied { get; init; }

    /// <summary>Why the list did not apply, Chinese first.</summary>
    public string ListReason { get; init; } = string.Empty;

    /// <summary>The decision's basis entries, in its order.</summary>
    public IReadOnlyList<DecisionEntry> Entries { get; init; } = [];

    /// <summary>The decision read from its JSON text; null when there is none or it is not a decision object.</summary>
    public static DecisionFacts? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The decision read from its JSON element; null when it is not a decision object.</summary>
    public static DecisionFacts? Read(JsonElement decision)
    {
        if (decision.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var entries = new List<DecisionEntry>();
        if (decision.TryGetProperty("basis", out var basis) && basis.ValueKind == JsonValueKind.Array)
        {
            foreach (var b in basis.EnumerateArray().Take(FilingFacts.MaxListLength))
            {
                var rule = Text(b, "rule");
                if (rule.Length > 0)
                {
                    entries.Add(new DecisionEntry(rule, Text(b, "title"), Text(b, "citation"), Text(b, "explanation"), Text(b, "explanationZh"), Text(b, "kind"),
                        Parse<Pathway>(b, "pathway")));
                }
            }
        }

        var strict = decision.TryGetProperty("strict", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var list = decision.TryGetProperty("list", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
        return new DecisionFacts
        {
            Confidence = Parse<Confidence>(decision, "confidence"),
            StrictPathway = strict.ValueKind == JsonValueKind.Object ? Parse<Pathway>(strict, "pathway") : null,
            StrictCitations = strict.ValueKind == JsonValueKind.Object && strict.TryGetProperty("citations", out var c) && c.ValueKind == JsonValueKind.Array
                ? [.. c.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Take(FilingFacts.MaxListLength)]
                : [],
            ListApplied = list.ValueKind == JsonValueKind.Object && list.TryGetProperty("applied", out var a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? a.GetBoolean()
                : null,
            ListReason = list.ValueKind == JsonValueKind.Object ? FirstOf(Text(list, "reasonZh"), Text(list, "reason")) : string.Empty,
            Entries = entries,
        };
    }

    private static string FirstOf(string zh, string en) => zh.Length > 0 ? zh : en;

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static TEnum? Parse<TEnum>(JsonElement element, string name)
        where TEnum : struct, Enum =>
        FilingNames.TryParse<TEnum>(Text(element, name), out var value) ? value : null;
}
