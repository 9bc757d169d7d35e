using Chujing.Domain.Calendar;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Persistence;
using Chujing.Persistence.Consistency;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Audit;

namespace Chujing.Web.Consistency;

/// <summary>Stores the deviations of an ingested batch beside its export records, with one audit entry, in the caller's transaction.</summary>
public sealed class DeviationLog(ChujingDbContext db, AuditLog audit, Notifications.Notifier notifier)
{
    /// <summary>The entity name deviations have in the audit log.</summary>
    public const string Entity = "deviation";

    private const int MaxFilingId = 64;

    private static string Level(Severity severity) => severity.ToString().ToLowerInvariant();

    private static Severity Parse(string? level) => Enum.TryParse<Severity>(level, ignoreCase: true, out var severity) ? severity : Severity.General;

    public async Task RecordAsync(Caller caller, Processor processor, IReadOnlyList<ExportEvent> events, IReadOnlyList<Deviation> deviations, long firstLeafIndex, DateTimeOffset now, CancellationToken ct)
    {
        if (deviations.Count == 0)
        {
            return;
        }

        // Deviations of one kind cite the same basis: one list per basis, stored as one value for all its rows.
        var bases = new Dictionary<string, (List<string> Rules, List<string> Citations)>(StringComparer.Ordinal);
        var rows = deviations.Select(d =>
        {
            var key = string.Join('\u001f', d.Basis.Select(b => b.Rule + "\u001e" + b.Citation));
            if (!bases.TryGetValue(key, out var basis))
            {
                basis = ([.. d.Basis.Select(b => b.Rule)], [.. d.Basis.Select(b => b.Citation)]);
                bases.Add(key, basis);
            }

            var e = events[d.Event];
            return new DeviationRecord
            {
                ProcessorId = processor.Id,
                ZoneGroupId = processor.ZoneGroupId,
                FilingId = e.Filing is { Length: > MaxFilingId } named ? named[..MaxFilingId] : e.Filing,
                LeafIndex = firstLeafIndex + d.Event,
                EventTime = e.Time.ToUniversalTime(),
                Year = RegulatoryCalendar.YearOf(e.Time),
                Kind = d.Kind,
                Path = d.Path,
                Severity = d.Severity,
                Detail = d.Detail,
                DetailEn = d.DetailEn,
                BasisRules = basis.Rules,
                BasisCitations = basis.Citations,
                RecordedAt = now,
            };
        }).ToList();
        await db.InsertRowsAsync(rows, ct).ConfigureAwait(false);
        audit.Record(db, caller, Entity, processor.Uscc, "record", processor.Id, processor.ZoneGroupId, null, new
        {
            deviations = rows.Count,
            firstLeafIndex,
            leaves = rows.Select(r => r.LeafIndex).Distinct().Count(),
            bySeverity = rows.GroupBy(r => r.Severity).OrderByDescending(g => g.Key).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count()),
            byKind = rows.GroupBy(r => r.Kind).OrderBy(g => g.Key).ToDictionary(g => Chujing.Domain.Filings.FilingNames.Of(g.Key), g => g.Count()),
        });
        var tally = new Notifications.NotificationTally(rows.Count, Level(rows.Max(r => r.Severity)), rows.Select(r => Chujing.Domain.Filings.FilingNames.Of(r.Kind)));
        await notifier.AccumulateAsync(
            processor.Id,
            processor.ZoneGroupId,
            tally,
            t => Notifications.NotificationTexts.Deviations(processor.Uscc, processor.Name, t.Count, t.Level ?? Level(Severity.General), t.Codes),
            (previous, added) => new Notifications.NotificationTally(
                previous.Count + added.Count,
                Level((Severity)Math.Max((int)Parse(previous.Level), (int)Parse(added.Level))),
                previous.Codes.Concat(added.Codes)),
            ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
