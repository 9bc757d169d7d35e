using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Assessment;
using Chujing.Web.Localization;

namespace Chujing.Web.Audit;

/// <summary>
/// The audit log's codes as a person reads them: the kind of entity, the action, each changed property and the values
/// that are codes themselves (a status, a pathway, a zone group, yes/no). The codes stay in the API's JSON and in the
/// export's code columns, where a machine reads them.
/// </summary>
public static class AuditLabels
{
    /// <summary>Every kind of entity the audit log records, in the order the filter lists them.</summary>
    public static IReadOnlyList<string> Entities { get; } =
    [
        "filing", "processor", "list-application", "evidence", "deviation", "spot-check", "spot-check-payload", "finding",
        "rating-objection", "api-token", "edition", "account",
    ];

    /// <summary>The kind's label, or the code when it has none.</summary>
    public static string Entity(string code, bool english) => UiText.Label("audit.entity", code, english);

    /// <summary>The action's label, or the code when it has none.</summary>
    public static string Action(string code, bool english) => UiText.Label("audit.action", code, english);

    /// <summary>The changed property's label, or its name when it has none.</summary>
    public static string Property(string name, bool english) => UiText.Label("audit.property", name, english);

    /// <summary>
    /// A value of <paramref name="property"/> in an entry about <paramref name="entity"/> as a person reads it: a
    /// status, a pathway, a zone group, a severity or a yes/no by its label, an edition or scenario by its name (when
    /// <paramref name="names"/> is given), persons and recipients in words; anything else as it is.
    /// </summary>
    public static string? Value(string entity, string property, string? value, bool english, CatalogNames? names = null)
    {
        if (value is null)
        {
            return null;
        }

        if (Described(property, value, english, names) is { } described)
        {
            return described;
        }

        var prefix = (entity, property) switch
        {
            ("filing", "status") => "status",
            ("list-application", "status") => "application.status",
            ("rating-objection", "status") => "objection.status",
            (_, "pathway" or "reassessedPathway") => "pathway",
            (_, "severity") => "severity",
            _ => null,
        };
        if (prefix is not null)
        {
            return UiText.Label(prefix, value, english);
        }

        return property switch
        {
            "zoneGroup" or "group" => ZoneGroups.Name(value, english),
            _ => value switch
            {
                "true" => UiText.In("yes", english),
                "false" => UiText.In("no", english),
                _ => value,
            },
        };
    }

    /// <summary>What an entry changed, with labels: <c>属性：前 → 后</c> per change.</summary>
    public static IReadOnlyList<AuditChange> Changes(AuditEntryView entry, bool english, CatalogNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return [.. AuditDiff.Changes(entry.BeforeJson, entry.AfterJson).Select(c => new AuditChange(
            Property(c.Property, english),
            Value(entry.Entity, c.Property, c.Before, english, names),
            Value(entry.Entity, c.Property, c.After, english, names)))];
    }

    // Values that are names or small JSON documents in the snapshot: an edition, a scenario, persons, recipients.
    private static string? Described(string property, string value, bool english, CatalogNames? names)
    {
        switch (property)
        {
            case "listEdition" when names is not null:
                return names.Edition(value, english);
            case "scenario" when names is not null:
                return names.ScenarioAnywhere(null, value, english);
            case "persons" or "yearPersons" when Json(value) is { ValueKind: JsonValueKind.Object } persons
                && persons.TryGetProperty("personal", out var p) && p.TryGetInt64(out var personal)
                && persons.TryGetProperty("sensitive", out var x) && x.TryGetInt64(out var sensitive):
                return english
                    ? string.Create(CultureInfo.InvariantCulture, $"{personal:N0} personal, {sensitive:N0} sensitive")
                    : string.Create(CultureInfo.InvariantCulture, $"个人信息 {personal:N0} 人，敏感个人信息 {sensitive:N0} 人");
            case "recipients" when Json(value) is { ValueKind: JsonValueKind.Array } recipients:
                var named = recipients.EnumerateArray()
                    .Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                    .Select(r => (Name: r.GetProperty("name").GetString()!, Country: r.TryGetProperty("country", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : string.Empty))
                    .Select(r => english ? $"{r.Name} ({CountryNames.Of(r.Country, true)})" : $"{r.Name}（{CountryNames.Of(r.Country, false)}）");
                return string.Join(english ? "; " : "；", named);
            default:
                return null;
        }
    }

    private static JsonElement? Json(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The problem with an <c>entity</c> filter that is not one of <see cref="Entities"/> (the query parameter named), or null.</summary>
    public static Diagnostic? CheckEntity(string? entity, string parameter = "entity") =>
        entity is null || Entities.Contains(entity, StringComparer.Ordinal)
            ? null
            : Diagnostic.ForField(DiagnosticKind.Type, null, parameter, $"'{(entity.Length <= 40 ? entity : entity[..40] + "…")}' is not a kind of audit entry", string.Join(", ", Entities));
}
