using System.Collections.Frozen;
using Chujing.Persistence;
using Chujing.Persistence.Applications;
using Chujing.Persistence.Processors;
using Chujing.Persistence.Sessions;
using Chujing.Web.Access.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Processors;

/// <summary>
/// The processor a gateway check or an evidence batch acts for, from the node's <see cref="SessionCache"/> between
/// changes, so that a busy gateway does not read the same row on every request. What the checks take from it (USCC,
/// zone group, CIIO, list approval) changes only through <see cref="StageChangeAsync"/>, which logs the change with the
/// write, so every node drops its copy within the session revocation bound (and this node at once, in
/// <see cref="Changed"/>).
/// </summary>
public sealed class ProcessorCache(ChujingDbContext db, SessionCache cache)
{
    /// <summary>The processor with id <paramref name="id"/>. The instance is shared: read it, never change it.</summary>
    public async Task<Processor> GetAsync(int id, CancellationToken ct)
    {
        if (cache.Get<Processor>(KeyOf(id), out var ticket) is { } cached)
        {
            return cached;
        }

        var processor = await db.Processors.AsNoTracking().SingleAsync(p => p.Id == id, ct).ConfigureAwait(false);
        cache.Put(ticket, processor);
        return processor;
    }

    /// <summary>
    /// The list editions processor <paramref name="id"/> is approved to use (an approval is of one edition), from
    /// memory between changes like the processor itself.
    /// </summary>
    public async Task<IReadOnlySet<string>> ListEditionsAsync(int id, CancellationToken ct)
    {
        if (cache.Get<ApprovedEditions>(ListsKeyOf(id), out var ticket) is { } cached)
        {
            return cached.Editions;
        }

        var editions = await db.ListApplications.AsNoTracking().Where(a => a.ProcessorId == id && a.Status == ListApplicationStatus.Approved)
            .Select(a => a.ListEdition).ToListAsync(ct).ConfigureAwait(false);
        var approved = new ApprovedEditions(editions.ToFrozenSet(StringComparer.Ordinal));
        cache.Put(ticket, approved);
        return approved.Editions;
    }

    /// <summary>Logs, in <paramref name="db"/>'s unit of work, that processor <paramref name="id"/> (or its list approvals) changes: save it with the change.</summary>
    public static async Task StageChangeAsync(ChujingDbContext db, int id, DateTimeOffset at, CancellationToken ct)
    {
        await SessionRevocationLog.StageAsync(db, KeyOf(id), at, ct).ConfigureAwait(false);
        await SessionRevocationLog.StageAsync(db, ListsKeyOf(id), at, ct).ConfigureAwait(false);
    }

    /// <summary>Drops this node's copy of processor <paramref name="id"/> and its list approvals, after the change is saved.</summary>
    public void Changed(int id)
    {
        cache.Revoke(KeyOf(id));
        cache.Revoke(ListsKeyOf(id));
    }

    private static string KeyOf(int id) => "processor:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ListsKeyOf(int id) => "processor-lists:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record ApprovedEditions(FrozenSet<string> Editions);
}
