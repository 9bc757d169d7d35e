using Chujing.Domain.Diagnostics;
using Chujing.Web.Assessment;
using Chujing.Web.Localization;

namespace Chujing.Web.Audit;

/// <summary>
/// The audit log's codes as a person reads them: the kind of entity, the action, each changed property and the values
/// that are codes themselves (a status, a pathway, a zone group, yes/no). The codes stay in the API's JSON and in the
/// export's code columns, where a machine reads them.
/// </summary>
public static partial class AuditLabels
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

    /// <summary>The actor as a person reads it: the platform's own changes as 系统 system, anyone else by e-mail.</summary>
    public static string Actor(string actor, bool english) =>
        actor == AuditLog.SystemActor ? UiText.In("audit.actor.system", english) : actor;

    /// <summary>What an entry changed, with labels: <c>属性：前 → 后</c> per change, each value as <see cref="Value"/> reads it.</summary>
    public static IReadOnlyList<AuditChange> Changes(AuditEntryView entry, bool english, CatalogNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var before = AuditDiff.Parse(entry.BeforeJson);
        var after = AuditDiff.Parse(entry.AfterJson);
        var snapshot = new Snapshot(entry.Entity, Text(after["listEdition"]) ?? Text(before["listEdition"]), english, names);
        return [.. AuditDiff.Nodes(before, after).Select(c => new AuditChange(
            Property(c.Property, english),
            Value(snapshot, c.Property, c.Before),
            Value(snapshot, c.Property, c.After)))];
    }

    /// <summary>The problem with an <c>entity</c> filter that is not one of <see cref="Entities"/> (the query parameter named), or null.</summary>
    public static Diagnostic? CheckEntity(string? entity, string parameter = "entity") =>
        entity is null || Entities.Contains(entity, StringComparer.Ordinal)
            ? null
            : Diagnostic.ForField(DiagnosticKind.Type, null, parameter, $"'{(entity.Length <= 40 ? entity : entity[..40] + "…")}' is not a kind of audit entry", string.Join(", ", Entities));
}
