using Chujing.Persistence;
using Chujing.Persistence.Evidence;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Evidence;

/// <summary>The recorded exports a caller may see, for the evidence page.</summary>
public sealed partial class ExportRecordQuery(ChujingDbContext db, Assessment.CatalogNames names)
{
    /// <summary>The latest <paramref name="take"/> records with their processor's name, newest first.</summary>
    public async Task<IReadOnlyList<(ExportRecord Record, string Processor)>> LatestAsync(Caller caller, int take, CancellationToken ct)
    {
        var latest = await db.ExportRecords.AsNoTracking().VisibleTo(caller).OrderByDescending(r => r.Id).Take(take)
            .Join(db.Processors, r => r.ProcessorId, p => p.Id, (r, p) => new { Record = r, p.Name })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. latest.Select(x => (x.Record, x.Name))];
    }

    /// <summary>Persons sent per country, over every record the caller may see.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, long>>> PersonsByCountryAsync(Caller caller, CancellationToken ct)
    {
        var countries = await db.ExportRecords.AsNoTracking().VisibleTo(caller).GroupBy(r => r.Country).Select(g => new { g.Key, Persons = g.Sum(r => r.Persons) })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. countries.OrderByDescending(c => c.Persons).Select(c => new KeyValuePair<string, long>(c.Key, c.Persons))];
    }
}
