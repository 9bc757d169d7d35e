using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chujing.Web.Audit;

/// <summary>
/// One audit entry as the API and the audit page show it. The snapshots are stored as JSON text
/// (<see cref="BeforeJson"/>, <see cref="AfterJson"/>) and answered as JSON objects (<see cref="Before"/>,
/// <see cref="After"/>), not as strings holding JSON.
/// </summary>
public sealed record AuditEntryView(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Entity,
    string EntityId,
    string Action,
    string? ZoneGroup,
    [property: JsonIgnore] string? BeforeJson,
    [property: JsonIgnore] string? AfterJson)
{
    /// <summary>The entity before the change (absent on creation).</summary>
    public JsonElement? Before => Parse(BeforeJson);

    /// <summary>The entity after the change.</summary>
    public JsonElement? After => Parse(AfterJson);

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
