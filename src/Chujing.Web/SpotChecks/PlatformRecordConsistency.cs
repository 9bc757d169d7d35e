using Chujing.Domain.Calendar;
using System.Text.Json;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// The consistency check (<see cref="ConsistencyChecker"/>) over the platform's records: the filing's content, its
/// status history from the audit log, the processor's profile and the counts of the event's Beijing year.
/// </summary>
internal sealed class PlatformRecordConsistency(ChujingDbContext db, CatalogSet catalogs, TimeProvider time) : IRecordConsistency
{
    private readonly Dictionary<string, FilingCheck?> _compiled = new(StringComparer.Ordinal);
    private ConsistencyChecker? _checker;

    public async Task<IReadOnlyList<RecordDeviation>> CheckAsync(string filingId, ExportEvent exportEvent, CancellationToken cancellationToken)
    {
        _checker ??= new ConsistencyChecker(new AssessmentEngine(catalogs, RegulatoryCalendar.Today(time)), catalogs);
        if (!_compiled.TryGetValue(filingId, out var filing))
        {
            filing = await CompileAsync(filingId, cancellationToken).ConfigureAwait(false);
            _compiled[filingId] = filing;
        }

        var counts = await CountsAsync(exportEvent, cancellationToken).ConfigureAwait(false);
        return [.. _checker.Check(exportEvent, 0, filing, counts).Select(d => new RecordDeviation(
            DeviationName(d.Kind),
            d.Path,
            d.Severity switch { Severity.Serious => FindingSeverity.Serious, Severity.Major => FindingSeverity.Major, _ => FindingSeverity.General },
            d.Detail + " " + d.DetailEn,
            JsonSerializer.Serialize(d.Basis.Select(b => new { b.Rule, b.Citation }), PlatformJson.Options)))];
    }

    private async Task<FilingCheck?> CompileAsync(string filingId, CancellationToken ct)
    {
        var row = await db.Filings.AsNoTracking().Include(f => f.Processor).SingleOrDefaultAsync(f => f.Id == filingId, ct).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var content = FilingContent.Create(row.ListEdition, row.Scenario, row.Fields, [.. row.Recipients.Select(r => new FilingRecipient(r.Name, r.Country))],
            row.Purpose, row.ImportantData, row.PersonsPersonal, row.PersonsSensitive, row.RetentionMonths, row.SecurityMeasures, row.ValidFrom, row.ValidUntil);
        if (!content.IsSuccess)
        {
            return null;
        }

        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == "filing" && a.EntityId == filingId).OrderBy(a => a.Id).Select(a => new { a.At, a.After }).ToListAsync(ct).ConfigureAwait(false);
        var history = new List<FilingStatusChange>();
        foreach (var entry in entries)
        {
            if (entry.After is not null && JsonDocument.Parse(entry.After).RootElement.TryGetProperty("status", out var status)
                && FilingNames.TryParse<FilingStatus>(status.GetString(), out var parsed)
                && (history.Count == 0 || history[^1].Status != parsed))
            {
                history.Add(new FilingStatusChange(entry.At, parsed));
            }
        }

        if (history.Count == 0 && row.DecidedAt is { } decided)
        {
            // Rows written without audit (imports): the decision time is the best record of approval.
            history.Add(new FilingStatusChange(decided, row.Status));
        }

        var pathway = row.Pathway;
        var profile = new ProcessorProfile(row.Processor!.Ciio, "beijing", row.Processor.ListApproved, false);
        return _checker!.Compile(new CheckedFiling(row.Id, row.Processor.Uscc, content.Value, pathway, history, profile));
    }

    private async Task<YearCounts?> CountsAsync(ExportEvent exportEvent, CancellationToken ct)
    {
        var year = RegulatoryCalendar.YearOf(exportEvent.Time);
        var processor = await db.Processors.AsNoTracking().Where(p => p.Uscc == exportEvent.Processor).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (processor is null)
        {
            return null;
        }

        var counters = await db.PersonCounters.AsNoTracking().Where(c => c.ProcessorId == processor && c.Year == year).ToListAsync(ct).ConfigureAwait(false);
        return counters.Count == 0 ? null : new YearCounts(year, counters.Where(c => !c.Sensitive).Sum(c => c.Count), counters.Where(c => c.Sensitive).Sum(c => c.Count));
    }

    private static string DeviationName(DeviationKind kind) =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
