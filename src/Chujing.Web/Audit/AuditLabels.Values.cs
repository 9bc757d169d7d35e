using System.Globalization;
using System.Text.Json.Nodes;
using Chujing.Web.Assessment;
using Chujing.Web.Filings;
using Chujing.Web.Localization;

namespace Chujing.Web.Audit;

public static partial class AuditLabels
{
    /// <summary>
    /// A value of a property in an entry as a person reads it: a status, a pathway, a zone group, a severity, a kind, a
    /// role, a token's scopes or a yes/no by its label; an edition, a scenario and fields by their names (when the catalogs are at hand, in the
    /// snapshot's own edition); persons, recipients, tallies by severity or kind, what the pathway still requires and
    /// who contributed to a seed in words; anything else as it is.
    /// </summary>
    private static string? Value(Snapshot s, string property, JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (Described(s, property, node) is { } described)
        {
            return described;
        }

        var value = AuditDiff.Plain(node)!;
        var prefix = (s.Entity, property) switch
        {
            ("filing", "status") => "status",
            ("list-application", "status") => "application.status",
            ("rating-objection", "status") => "objection.status",
            ("finding", "kind") => "kind",
            (_, "pathway" or "reassessedPathway") => "pathway",
            (_, "severity") => "severity",
            ("account", "role") => "role",
            ("account", "regulator") => "regulator",
            _ => null,
        };
        if (prefix is not null)
        {
            return UiText.Label(prefix, value, s.English);
        }

        return (s.Entity, property) switch
        {
            ("spot-check" or "finding", "status") => SpotChecks.FindingNames.StatusLabel(value),
            (_, "zoneGroup" or "group") => ZoneGroups.Name(value, s.English),
            _ => value switch
            {
                "true" => UiText.In("yes", s.English),
                "false" => UiText.In("no", s.English),
                _ => value,
            },
        };
    }

    // Values that are names or small JSON documents in the snapshot.
    private static string? Described(Snapshot s, string property, JsonNode node) => property switch
    {
        "listEdition" when s.Names is not null && Text(node) is { } edition => s.Names.Edition(edition, s.English),
        "scenario" when s.Names is not null && Text(node) is { } scenario => s.Names.ScenarioAnywhere(s.Edition, scenario, s.English),
        "fields" when s.Names is not null && node is JsonArray fields =>
            Join(fields.Select(Text).OfType<string>().Select(f => s.Names.FieldAnywhere(s.Edition, f, s.English)), s.English),
        "persons" or "yearPersons" => Persons(node, s.English),
        "recipients" when node is JsonArray recipients => Recipients(recipients, s.English),
        "bySeverity" when node is JsonObject tally => Tally(tally, "severity", s.English),
        "byKind" when node is JsonObject tally => Tally(tally, "kind", s.English),
        "stillRequired" when node is JsonObject required => Requirement(required, s.English),
        "contributors" when node is JsonArray contributors => Contributors(contributors, s.English),
        "scopes" when node is JsonArray scopes => Join(scopes.Select(Text).OfType<string>().Select(c => UiText.Label("scope", c, s.English)), s.English),
        _ => null,
    };

    private static string? Persons(JsonNode node, bool english) =>
        node is JsonObject o && Count(o["personal"]) is { } personal && Count(o["sensitive"]) is { } sensitive
            ? english
                ? string.Create(CultureInfo.InvariantCulture, $"{personal:N0} personal, {sensitive:N0} sensitive")
                : string.Create(CultureInfo.InvariantCulture, $"个人信息 {personal:N0} 人，敏感个人信息 {sensitive:N0} 人")
            : null;

    private static string Recipients(JsonArray recipients, bool english) =>
        string.Join(english ? "; " : "；", recipients.OfType<JsonObject>()
            .Where(r => Text(r["name"]) is not null)
            .Select(r => (Name: Text(r["name"])!, Country: Text(r["country"]) ?? string.Empty))
            .Select(r => english ? $"{r.Name} ({CountryNames.Of(r.Country, true)})" : $"{r.Name}（{CountryNames.Of(r.Country, false)}）"));

    // {"serious":2,"general":1} → 严重 2 项、一般 1 项 (Serious: 2, General: 1), each code by its label under prefix.
    private static string? Tally(JsonObject tally, string prefix, bool english)
    {
        var parts = tally.Select(p => (Label: UiText.Label(prefix, p.Key, english), Count: Count(p.Value))).ToList();
        return parts.Any(p => p.Count is null)
            ? null
            : Join(parts.Select(p => english
                ? string.Create(CultureInfo.InvariantCulture, $"{p.Label}: {p.Count:N0}")
                : string.Create(CultureInfo.InvariantCulture, $"{p.Label} {p.Count:N0} 项")), english);
    }

    // What the pathway still requires, as the filing's form says it (text and citation).
    private static string? Requirement(JsonObject required, bool english) =>
        Text(required["text"]) is { } text && Text(required["textEn"]) is { } textEn && Text(required["citation"]) is { } citation
            ? new PathwayRequirement(text, textEn, citation).Describe(english)
            : null;

    // [{"party":"zone-group","value":"126331","account":"a@b"}] → 自贸组团「126331」（a@b）; a party without a label as given.
    private static string Contributors(JsonArray contributors, bool english) =>
        Join(contributors.OfType<JsonObject>().Where(c => Text(c["party"]) is not null).Select(c =>
        {
            var party = UiText.Label("spot-check.party", Text(c["party"])!, english);
            var value = Text(c["value"]) ?? string.Empty;
            var account = Text(c["account"]);
            return english
                ? $"{party} \"{value}\"" + (account is null ? string.Empty : $" ({account})")
                : $"{party}「{value}」" + (account is null ? string.Empty : $"（{account}）");
        }), english);

    private static string Join(IEnumerable<string> parts, bool english) => string.Join(english ? ", " : "、", parts);

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static long? Count(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;

    // What a value is read against: the entry's kind, the snapshot's list edition (for field and scenario names), the language, the catalogs' names.
    private sealed record Snapshot(string Entity, string? Edition, bool English, CatalogNames? Names);
}
