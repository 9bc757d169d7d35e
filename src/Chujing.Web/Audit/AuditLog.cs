using System.Text.Json;
using Chujing.Persistence;
using Chujing.Persistence.Audit;
using Chujing.Web.Access;

namespace Chujing.Web.Audit;

/// <summary>
/// Writes audit entries into the same unit of work as the change they describe, so that a change and its entry are
/// committed together or not at all.
/// </summary>
public sealed class AuditLog(TimeProvider time)
{
    /// <summary>The actor id written for changes the platform makes by itself (expiry).</summary>
    public const string SystemActor = "system";

    /// <summary>Adds an entry; <paramref name="caller"/> null means the platform itself. Snapshots are serialized as API JSON.</summary>
    public void Record(ChujingDbContext db, Caller? caller, string entity, string entityId, string action, int? processorId, string? zoneGroupId, object? before, object? after)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = caller?.UserId ?? SystemActor,
            ActorEmail = caller?.Email ?? SystemActor,
            Entity = entity,
            EntityId = entityId,
            Action = action,
            ProcessorId = processorId,
            ZoneGroupId = zoneGroupId,
            Before = before is null ? null : JsonSerializer.Serialize(before, PlatformJson.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, PlatformJson.Options),
        });
    }
}
