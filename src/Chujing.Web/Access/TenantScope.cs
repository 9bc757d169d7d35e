using Chujing.Domain.Filings;
using Chujing.Persistence.Applications;
using Chujing.Persistence.Audit;
using Chujing.Persistence.Evidence;
using Chujing.Persistence.Filings;
using Chujing.Persistence.Processors;

namespace Chujing.Web.Access;

/// <summary>
/// Every query of tenant data goes through one of these filters: an enterprise user sees its processor's rows, an
/// officer its zone group's rows, the city everything. A row outside the scope does not exist for the caller (404).
/// </summary>
public static class TenantScope
{
    public static IQueryable<Filing> VisibleTo(this IQueryable<Filing> query, Caller caller) => caller switch
    {
        { IsEnterprise: true } => query.Where(f => f.ProcessorId == caller.ProcessorId),
        // Regulators see a filing once it was first submitted: a draft never submitted is the enterprise's own work.
        { IsOfficer: true } => query.Where(f => f.ZoneGroupId == caller.ZoneGroupId && (f.Status != FilingStatus.Draft || f.SubmittedAt != null)),
        { IsCity: true } => query.Where(f => f.Status != FilingStatus.Draft || f.SubmittedAt != null),
        _ => query.Where(_ => false),
    };

    public static IQueryable<Processor> VisibleTo(this IQueryable<Processor> query, Caller caller) => caller switch
    {
        { IsEnterprise: true } => query.Where(p => p.Id == caller.ProcessorId),
        { IsOfficer: true } => query.Where(p => p.ZoneGroupId == caller.ZoneGroupId),
        { IsCity: true } => query,
        _ => query.Where(_ => false),
    };

    public static IQueryable<ListApplication> VisibleTo(this IQueryable<ListApplication> query, Caller caller) => caller switch
    {
        { IsEnterprise: true } => query.Where(a => a.ProcessorId == caller.ProcessorId),
        { IsOfficer: true } => query.Where(a => a.ZoneGroupId == caller.ZoneGroupId),
        { IsCity: true } => query,
        _ => query.Where(_ => false),
    };

    /// <summary>
    /// Audit history: officers see their zone group's, the city all; an enterprise only the entries of its own API tokens. An entry
    /// about a filing is scoped exactly like the filing itself (<paramref name="filings"/>), so that a draft never
    /// submitted does not reach a regulator through its history.
    /// </summary>
    public static IQueryable<AuditEntry> VisibleTo(this IQueryable<AuditEntry> query, Caller caller, IQueryable<Filing> filings)
    {
        var scoped = caller switch
        {
            { IsOfficer: true } => query.Where(a => a.ZoneGroupId == caller.ZoneGroupId),
            { IsCity: true } => query,
            { IsEnterprise: true } => query.Where(a => a.Entity == Tokens.TokenService.Entity && a.ProcessorId == caller.ProcessorId),
            _ => query.Where(_ => false),
        };
        var visibleFilings = filings.VisibleTo(caller).Select(f => f.Id);
        return scoped.Where(a => a.Entity != FilingEntity || visibleFilings.Contains(a.EntityId));
    }

    /// <summary>
    /// Accounts the caller administers: the city the officials' (no processor) and each processor's administrators,
    /// an enterprise administrator its own processor's; nobody else any.
    /// </summary>
    public static IQueryable<Persistence.Accounts.PlatformUser> ManagedBy(this IQueryable<Persistence.Accounts.PlatformUser> query, Caller caller) => caller switch
    {
        { IsCity: true } => query.Where(u => u.ProcessorId == null || u.Administrator),
        { IsEnterprise: true, Administrator: true } => query.Where(u => u.ProcessorId == caller.ProcessorId),
        _ => query.Where(_ => false),
    };

    /// <summary>The audit log's entity name for filings.</summary>
    public const string FilingEntity = "filing";

    public static IQueryable<ExportRecord> VisibleTo(this IQueryable<ExportRecord> query, Caller caller) => caller switch
    {
        { IsEnterprise: true } => query.Where(e => e.ProcessorId == caller.ProcessorId),
        { IsOfficer: true } => query.Where(e => e.ZoneGroupId == caller.ZoneGroupId),
        { IsCity: true } => query,
        _ => query.Where(_ => false),
    };

    public static IQueryable<Persistence.Consistency.DeviationRecord> VisibleTo(this IQueryable<Persistence.Consistency.DeviationRecord> query, Caller caller) => caller switch
    {
        { IsEnterprise: true } => query.Where(d => d.ProcessorId == caller.ProcessorId),
        { IsOfficer: true } => query.Where(d => d.ZoneGroupId == caller.ZoneGroupId),
        { IsCity: true } => query,
        _ => query.Where(_ => false),
    };
}
