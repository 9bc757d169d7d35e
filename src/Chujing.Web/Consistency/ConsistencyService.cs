using Chujing.Domain.Calendar;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Filings;
using Chujing.Persistence.Processors;
using Chujing.Web.Processors;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Consistency;

/// <summary>
/// Checks a processor's export events against the filings they name, as stored: content, status history and the
/// pathway assessed. Reads the filings once per batch; the year's counts only when asked (at ingestion, after the
/// batch's persons are counted).
/// </summary>
public sealed class ConsistencyService(ChujingDbContext db, PlatformConsistency consistency, ProcessorCache processors)
{
    /// <summary>
    /// Every deviation of <paramref name="events"/> (indexes as in the batch), in event order. Each event is checked
    /// under the rules in force on its own Beijing day.
    /// </summary>
    public async Task<IReadOnlyList<Deviation>> CheckAsync(Processor processor, IReadOnlyList<ExportEvent> events, bool withCounts, CancellationToken ct)
    {
        var days = new Dictionary<DateOnly, DayChecks>();
        foreach (var day in events.Select(e => RegulatoryCalendar.DayOf(e.Time)).Distinct())
        {
            if (consistency.On(day) is not { } checks)
            {
                return [];
            }

            days[day] = checks;
        }

        // Approval to use a list is of one edition: each filing is checked with the approval of the edition it is pinned
        // to, as its own decision was made.
        var approved = events.Any(e => e.Filing is not null) ? await processors.ListEditionsAsync(processor.Id, ct).ConfigureAwait(false) : EmptyApprovals;
        var compiled = new Dictionary<DateOnly, Dictionary<string, FilingCheck>>();
        foreach (var (day, checks) in days)
        {
            compiled[day] = await CompileAsync(checks, processor, approved, events.Where(e => RegulatoryCalendar.DayOf(e.Time) == day), ct).ConfigureAwait(false);
        }

        var counts = withCounts ? await CountsAsync(processor.Id, events, ct).ConfigureAwait(false) : null;
        var filingCounts = withCounts ? await FilingCountsAsync([.. compiled.Values.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal)], events, ct).ConfigureAwait(false) : null;
        var deviations = new List<Deviation>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var day = RegulatoryCalendar.DayOf(e.Time);
            var filing = e.Filing is { } id ? compiled[day].GetValueOrDefault(id) : null;
            var year = RegulatoryCalendar.YearOf(e.Time);
            var own = filing is null ? null : filingCounts?.GetValueOrDefault((filing.Filing.Id, year)) ?? new YearCounts(year, 0, 0);
            deviations.AddRange(days[day].Checker.Check(e, i, filing, counts?.GetValueOrDefault(year), own));
        }

        return deviations;
    }

    private static readonly IReadOnlySet<string> EmptyApprovals = new HashSet<string>();

    /// <summary>The ids among <paramref name="ids"/> that are filings of <paramref name="processorId"/>.</summary>
    public async Task<HashSet<string>> KnownFilingsAsync(int processorId, IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Where(id => id.Length <= 20).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Filings.AsNoTracking().Where(f => f.ProcessorId == processorId && wanted.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct).ConfigureAwait(false);
        return known.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The status history of a filing, oldest first (the caller has already been shown the filing).</summary>
    public async Task<IReadOnlyList<FilingStatusChange>> HistoryAsync(string filingId, CancellationToken ct) =>
        [.. (await db.FilingStatusRows.AsNoTracking().Where(h => h.FilingId == filingId).OrderBy(h => h.Id).ToListAsync(ct).ConfigureAwait(false))
            .Select(h => new FilingStatusChange(h.At, h.Status))];

    /// <summary>Whether the filing's processor is approved to use the filing's own list edition (the caller has already been shown the filing).</summary>
    public Task<bool> ListApprovedAsync(string filingId, CancellationToken ct) =>
        db.Filings.AsNoTracking().Where(f => f.Id == filingId)
            .AnyAsync(f => db.ListApplications.Any(a => a.ProcessorId == f.ProcessorId && a.ListEdition == f.ListEdition && a.Status == Chujing.Persistence.Applications.ListApplicationStatus.Approved), ct);

    /// <summary>
    /// The filing as the domain check takes it, from its stored row and history; <paramref name="listApproved"/>: whether
    /// the processor is approved to use the filing's own list edition (an approval counts for the edition it approved).
    /// </summary>
    public static CheckedFiling? ToChecked(Filing f, Processor processor, IEnumerable<FilingStatusRow> history, string? zone, bool listApproved)
    {
        var content = FilingContent.Create(
            f.ListEdition, f.Scenario, [.. f.Fields.Distinct(StringComparer.OrdinalIgnoreCase)], [.. f.Recipients.Select(r => new FilingRecipient(r.Name, r.Country)).DistinctBy(r => (r.Name.ToUpperInvariant(), r.Country))], f.Purpose, f.ImportantData,
            f.PersonsPersonal, f.PersonsSensitive, f.RetentionMonths, f.SecurityMeasures, f.ValidFrom, f.ValidUntil);
        if (!content.IsSuccess)
        {
            return null;
        }

        var pathway = f.Pathway;
        return new CheckedFiling(f.Id, processor.Uscc, content.Value, pathway, [.. history.Select(h => new FilingStatusChange(h.At, h.Status))],
            new ProcessorProfile(processor.Ciio, zone, listApproved, false));
    }

    private async Task<Dictionary<string, FilingCheck>> CompileAsync(DayChecks checks, Processor processor, IReadOnlySet<string> approved, IEnumerable<ExportEvent> events, CancellationToken ct)
    {
        var ids = events.Select(e => e.Filing).OfType<string>().Where(id => id.Length <= 20).Distinct(StringComparer.Ordinal).ToList();
        var compiled = new Dictionary<string, FilingCheck>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return compiled;
        }

        // Every change of a filing (content or status) raises its version, so a compiled check is reused while the
        // version, and the processor's profile, are what it was compiled from.
        var versions = await db.Filings.AsNoTracking().Where(f => f.ProcessorId == processor.Id && ids.Contains(f.Id)).Select(f => new { f.Id, f.Version, f.ListEdition }).ToListAsync(ct).ConfigureAwait(false);
        var missing = new List<string>();
        foreach (var v in versions)
        {
            if (checks.Cached(new FilingCheckKey(v.Id, v.Version, processor.Ciio, approved.Contains(v.ListEdition))) is { } hit)
            {
                compiled[v.Id] = hit;
            }
            else
            {
                missing.Add(v.Id);
            }
        }

        if (missing.Count == 0)
        {
            return compiled;
        }

        var rows = await db.Filings.AsNoTracking().Where(f => f.ProcessorId == processor.Id && missing.Contains(f.Id)).ToListAsync(ct).ConfigureAwait(false);
        var history = (await db.FilingStatusRows.AsNoTracking().Where(h => missing.Contains(h.FilingId)).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(h => h.FilingId, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var listApproved = approved.Contains(row.ListEdition);
            if (ToChecked(row, processor, history[row.Id].OrderBy(h => h.Id), checks.ZoneOf(row.ListEdition), listApproved) is { } filing)
            {
                compiled[row.Id] = checks.Cache(new FilingCheckKey(row.Id, row.Version, processor.Ciio, listApproved), checks.Checker.Compile(filing));
            }
        }

        return compiled;
    }

    private async Task<Dictionary<(string, int), YearCounts>> FilingCountsAsync(List<string> filingIds, IReadOnlyList<ExportEvent> events, CancellationToken ct)
    {
        var years = events.Select(e => RegulatoryCalendar.YearOf(e.Time)).Distinct().ToList();
        var rows = await db.FilingPersonCounters.AsNoTracking().Where(c => filingIds.Contains(c.FilingId) && years.Contains(c.Year)).ToListAsync(ct).ConfigureAwait(false);
        return rows.GroupBy(r => (r.FilingId, r.Year)).ToDictionary(
            g => g.Key,
            g => new YearCounts(g.Key.Year, g.Where(r => !r.Sensitive).Sum(r => r.Count), g.Where(r => r.Sensitive).Sum(r => r.Count)));
    }

    private async Task<Dictionary<int, YearCounts>> CountsAsync(int processorId, IReadOnlyList<ExportEvent> events, CancellationToken ct)
    {
        var years = events.Select(e => RegulatoryCalendar.YearOf(e.Time)).Distinct().ToList();
        var rows = await db.PersonCounters.AsNoTracking().Where(c => c.ProcessorId == processorId && years.Contains(c.Year)).ToListAsync(ct).ConfigureAwait(false);
        return years.ToDictionary(
            y => y,
            y => new YearCounts(y, rows.Where(r => r.Year == y && !r.Sensitive).Sum(r => r.Count), rows.Where(r => r.Year == y && r.Sensitive).Sum(r => r.Count)));
    }
}
