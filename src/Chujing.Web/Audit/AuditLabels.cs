using Chujing.Domain.Diagnostics;
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
    /// status, a pathway, a zone group, a severity or a yes/no by its label; anything else as it is.
    /// </summary>
    public static string? Value(string entity, string property, string? value, bool english)
    {
        if (value is null)
        {
            return null;
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
    public static IReadOnlyList<AuditChange> Changes(AuditEntryView entry, bool english)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return [.. AuditDiff.Changes(entry.BeforeJson, entry.AfterJson).Select(c => new AuditChange(
            Property(c.Property, english),
            Value(entry.Entity, c.Property, c.Before, english),
            Value(entry.Entity, c.Property, c.After, english)))];
    }

    /// <summary>The problem with an <c>entity</c> filter that is not one of <see cref="Entities"/> (the query parameter named), or null.</summary>
    public static Diagnostic? CheckEntity(string? entity, string parameter = "entity") =>
        entity is null || Entities.Contains(entity, StringComparer.Ordinal)
            ? null
            : Diagnostic.ForField(DiagnosticKind.Type, null, parameter, $"'{(entity.Length <= 40 ? entity : entity[..40] + "…")}' is not a kind of audit entry", string.Join(", ", Entities));
}
