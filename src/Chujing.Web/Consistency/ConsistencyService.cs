using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Filings;
using Chujing.Persistence.Processors;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Consistency;

/// <summary>
/// Checks a processor's export events against the filings they name, as stored: content, status history and the
/// pathway assessed. Reads the filings once per batch; the year's counts only when asked (at ingestion, after the
/// batch's persons are counted).
/// </summary>
public sealed class ConsistencyService(ChujingDbContext db, PlatformConsistency consistency)
{
    /// <summary>Every deviation of <paramref name="events"/> (indexes as in the batch), in event order.</summary>
    public async Task<IReadOnlyList<Deviation>> CheckAsync(Processor processor, IReadOnlyList<ExportEvent> events, bool withCounts, CancellationToken ct)
    {
        if (consistency.Checker() is not { } checker)
        {
            return [];
        }

        var filings = await CompileAsync(checker, processor, events, ct).ConfigureAwait(false);
        var counts = withCounts ? await CountsAsync(processor.Id, events, ct).ConfigureAwait(false) : null;
        var filingCounts = withCounts ? await FilingCountsAsync([.. filings.Keys], events, ct).ConfigureAwait(false) : null;
        var deviations = new List<Deviation>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var filing = e.Filing is { } id ? filings.GetValueOrDefault(id) : null;
            var year = BeijingClock.YearOf(e.Time);
            var own = filing is null ? null : filingCounts?.GetValueOrDefault((filing.Filing.Id, year)) ?? new YearCounts(year, 0, 0);
            deviations.AddRange(checker.Check(e, i, filing, counts?.GetValueOrDefault(year), own));
        }

        return deviations;
    }

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

    /// <summary>The filing as the domain check takes it, from its stored row and history.</summary>
    public static CheckedFiling? ToChecked(Filing f, Processor processor, IEnumerable<FilingStatusRow> history, string? zone)
    {
        var content = FilingContent.Create(
            f.ListEdition, f.Scenario, [.. f.Fields.Distinct(StringComparer.OrdinalIgnoreCase)], [.. f.Recipients.Select(r => new FilingRecipient(r.Name, r.Country)).DistinctBy(r => (r.Name.ToUpperInvariant(), r.Country))], f.Purpose, f.ImportantData,
            f.PersonsPersonal, f.PersonsSensitive, f.RetentionMonths, f.SecurityMeasures, f.ValidFrom, f.ValidUntil);
        if (!content.IsSuccess)
        {
            return null;
        }

        Pathway? pathway = PathwayNames.TryParse(f.AssessmentPathway, out var p) ? p : null;
        return new CheckedFiling(f.Id, processor.Uscc, content.Value, pathway, [.. history.Select(h => new FilingStatusChange(h.At, h.Status))],
            new ProcessorProfile(processor.Ciio, zone, processor.ListApproved, false));
    }

    private async Task<Dictionary<string, FilingCheck>> CompileAsync(ConsistencyChecker checker, Processor processor, IReadOnlyList<ExportEvent> events, CancellationToken ct)
    {
        var ids = events.Select(e => e.Filing).OfType<string>().Where(id => id.Length <= 20).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, FilingCheck>(StringComparer.Ordinal);
        }

        var rows = await db.Filings.AsNoTracking().Where(f => f.ProcessorId == processor.Id && ids.Contains(f.Id)).ToListAsync(ct).ConfigureAwait(false);
        var found = rows.Select(f => f.Id).ToList();
        var history = (await db.FilingStatusRows.AsNoTracking().Where(h => found.Contains(h.FilingId)).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(h => h.FilingId, StringComparer.Ordinal);
        var compiled = new Dictionary<string, FilingCheck>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (ToChecked(row, processor, history[row.Id], consistency.ZoneOf(row.ListEdition)) is { } filing)
            {
                compiled[row.Id] = checker.Compile(filing);
            }
        }

        return compiled;
    }

    private async Task<Dictionary<(string, int), YearCounts>> FilingCountsAsync(List<string> filingIds, IReadOnlyList<ExportEvent> events, CancellationToken ct)
    {
        var years = events.Select(e => BeijingClock.YearOf(e.Time)).Distinct().ToList();
        var rows = await db.FilingPersonCounters.AsNoTracking().Where(c => filingIds.Contains(c.FilingId) && years.Contains(c.Year)).ToListAsync(ct).ConfigureAwait(false);
        return rows.GroupBy(r => (r.FilingId, r.Year)).ToDictionary(
            g => g.Key,
            g => new YearCounts(g.Key.Year, g.Where(r => !r.Sensitive).Sum(r => r.Count), g.Where(r => r.Sensitive).Sum(r => r.Count)));
    }

    private async Task<Dictionary<int, YearCounts>> CountsAsync(int processorId, IReadOnlyList<ExportEvent> events, CancellationToken ct)
    {
        var years = events.Select(e => BeijingClock.YearOf(e.Time)).Distinct().ToList();
        var rows = await db.PersonCounters.AsNoTracking().Where(c => c.ProcessorId == processorId && years.Contains(c.Year)).ToListAsync(ct).ConfigureAwait(false);
        return years.ToDictionary(
            y => y,
            y => new YearCounts(y, rows.Where(r => r.Year == y && !r.Sensitive).Sum(r => r.Count), rows.Where(r => r.Year == y && r.Sensitive).Sum(r => r.Count)));
    }
}
