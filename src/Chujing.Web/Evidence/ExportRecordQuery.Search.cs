using Chujing.Persistence.Evidence;
using Chujing.Web.Access;
using Chujing.Web.Lists;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Evidence;

// Search runs in the database: EF Core translates ToLower() and Contains() to SQL lower() and LIKE/strpos; the
// culture and StringComparison overloads the analyzers ask for do not translate.
#pragma warning disable CA1304, CA1311, CA1862

public sealed partial class ExportRecordQuery
{
    /// <summary>
    /// The records <paramref name="caller"/> may see that match <paramref name="filter"/>, newest first, as the
    /// evidence page lists them and the export writes them. The text matches the recipient, the country by code or
    /// name, the filing id, the scenario by id or name and the processor's name or USCC; the date range is on the export's time (Beijing).
    /// </summary>
    public IQueryable<ExportRecordView> Search(Caller caller, ListQuery filter) =>
        Matching(caller, filter)
            .Join(db.Processors, r => r.ProcessorId, p => p.Id, (r, p) => new { r, p.Uscc, p.Name })
            .OrderByDescending(x => x.r.Id)
            .Select(x => new ExportRecordView(
                x.r.Id, x.Uscc, x.Name, x.r.ZoneGroupId, x.r.FilingId, x.r.Time, x.r.Recipient, x.r.Country, x.r.Scenario, x.r.Persons, x.r.Sensitive, x.r.LeafIndex, x.r.TreeSize, x.r.RecordedAt,
                db.Filings.Where(f => f.Id == x.r.FilingId).Select(f => f.ListEdition).FirstOrDefault()));

    /// <summary>The stored rows behind <see cref="Search"/>, for counting and grouping (statistics).</summary>
    internal IQueryable<ExportRecord> Matching(Caller caller, ListQuery filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var records = db.ExportRecords.AsNoTracking().VisibleTo(caller);
        if (filter.ZoneGroup is { } zone)
        {
            records = records.Where(r => r.ZoneGroupId == zone);
        }

        if (filter.Filing is { } filing)
        {
            records = records.Where(r => r.FilingId == filing);
        }

        if (filter.Processor is { } uscc)
        {
            var processor = db.Processors.Where(p => p.Uscc == uscc).Select(p => p.Id);
            records = records.Where(r => processor.Contains(r.ProcessorId));
        }

        if (filter.Start is { } start)
        {
            records = records.Where(r => r.Time >= start);
        }

        if (filter.End is { } end)
        {
            records = records.Where(r => r.Time < end);
        }

        if (filter.Text is { } text)
        {
            var q = text.ToLowerInvariant();
            var named = db.Processors.Where(p => p.Name.ToLower().Contains(q) || p.Uscc.ToLower().Contains(q)).Select(p => p.Id);
            var countries = Localization.CountryNames.CodesNamed(text);
            var scenarios = names.ScenariosNamed(text);
            records = records.Where(r => r.Recipient.ToLower().Contains(q) || r.Country.ToLower().Contains(q) || countries.Contains(r.Country)
                || (r.FilingId != null && r.FilingId.ToLower().Contains(q))
                || (r.Scenario != null && (r.Scenario.ToLower().Contains(q) || scenarios.Contains(r.Scenario))) || named.Contains(r.ProcessorId));
        }

        return records;
    }
}
