using Chujing.Persistence.Audit;
using Chujing.Web.Access;
using Chujing.Web.Lists;
using Chujing.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Audit;

// Search runs in the database: EF Core translates ToLower() and Contains() to SQL lower() and LIKE/strpos; the
// culture and StringComparison overloads the analyzers ask for do not translate.
#pragma warning disable CA1304, CA1311, CA1862

public sealed partial class AuditService
{
    /// <summary>
    /// The entries <paramref name="caller"/> may see (scoped exactly as <c>GET /api/audit</c>, drafts never submitted
    /// left out) that match <paramref name="filter"/>, newest first. The text matches the actor's e-mail, the entity's
    /// id, the platform itself by 系统, and the action and the entity kind by code or by label (通过 finds approvals); <c>entity</c> is the entity kind, <c>entityId</c> one entity's id; the date range is on when the change was made (Beijing).
    /// </summary>
    public IQueryable<AuditEntryView> Search(Caller caller, ListQuery filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IQueryable<AuditEntry> query = db.AuditEntries.AsNoTracking().VisibleTo(caller, db.Filings);
        if (filter.Entity is { } entity)
        {
            query = query.Where(a => a.Entity == entity);
        }

        if (filter.EntityId is { } entityId)
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        if (filter.ZoneGroup is { } zone)
        {
            query = query.Where(a => a.ZoneGroupId == zone);
        }

        if (filter.Processor is { } uscc)
        {
            var processor = db.Processors.Where(p => p.Uscc == uscc).Select(p => (int?)p.Id);
            query = query.Where(a => processor.Contains(a.ProcessorId));
        }

        if (filter.Start is { } start)
        {
            query = query.Where(a => a.At >= start);
        }

        if (filter.End is { } end)
        {
            query = query.Where(a => a.At < end);
        }

        if (filter.Text is { } text)
        {
            var q = text.ToLowerInvariant();
            var actions = UiText.CodesLabelled("audit.action", text);
            var entities = UiText.CodesLabelled("audit.entity", text);
            var actors = UiText.CodesLabelled("audit.actor", text);
            query = query.Where(a => a.ActorEmail.ToLower().Contains(q) || a.EntityId.ToLower().Contains(q) || a.Action.ToLower().Contains(q)
                || actions.Contains(a.Action) || entities.Contains(a.Entity) || actors.Contains(a.ActorEmail));
        }

        return query.OrderByDescending(a => a.Id)
            .Select(a => new AuditEntryView(a.Id, a.At, a.ActorEmail, a.Entity, a.EntityId, a.Action, a.ZoneGroupId, a.Before, a.After));
    }
}
