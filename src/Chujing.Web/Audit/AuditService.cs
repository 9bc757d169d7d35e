using Chujing.Persistence;
using Chujing.Web.Access;

namespace Chujing.Web.Audit;

/// <summary>The audit log as pages and endpoints read it: scoped to the caller's tenant, newest first.</summary>
public sealed partial class AuditService(ChujingDbContext db)
{
    /// <summary>Entries visible to <paramref name="caller"/>, optionally for one entity, newest first.</summary>
    public Task<IReadOnlyList<AuditEntryView>> QueryAsync(Caller caller, string? entity, string? entityId, int take, CancellationToken ct) =>
        AuditEndpoints.QueryAsync(db, caller, entity, entityId, take, ct);
}
