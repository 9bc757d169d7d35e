using System.Globalization;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Calendar;
using Chujing.Domain.Consistency;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Persistence;
using Chujing.Persistence.Consistency;
using Chujing.Persistence.Evidence;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Chujing.Web.Consistency;
using Chujing.Web.Logging;
using Chujing.Web.Processors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chujing.Web.Evidence;

/// <summary>
/// Ingests export events for the caller's processor: validates them all first (nothing is written when one is bad),
/// appends them to the processor's ledger, then indexes them, adds their person keys to the year's counters and
/// records each event's deviations from its filing. A deviating export is recorded like any other: the ledger is
/// what actually left.
/// </summary>
/// <remarks>
/// The ledger is the record of truth and is written first. On PostgreSQL it is written in the same transaction as
/// the index rows and counters, so a batch is in all of them or in none; on SQLite the ledger is a file of its own,
/// and should indexing fail afterwards, the leaves stay in the ledger and the counters can be rebuilt from it. Person
/// keys are inserted with <c>ON CONFLICT DO NOTHING</c> (the same SQL on SQLite and PostgreSQL), so a person counts
/// once per processor, year and kind.
/// </remarks>
public sealed class EvidenceService(ChujingDbContext db, ProcessorCache processors, IEvidenceLedger ledger, AuditLog audit, CounterService counters, IngestionGates gates, ConsistencyService consistency, DeviationLog deviationLog, Filings.FilingService filings, ILogger<EvidenceService> logger, TimeProvider time)
{
    /// <summary>The most events one request may carry.</summary>
    public const int MaxBatch = 10_000;

    public async Task<EvidenceReceipt> AppendAsync(Caller caller, JsonElement body, CancellationToken ct)
    {
        var processor = await processors.GetAsync(caller.ProcessorId ?? throw new InvalidOperationException("an enterprise caller has a processor"), ct).ConfigureAwait(false);
        return await AppendAsync(caller, processor, ExportEventReader.Read(body, processor.Uscc, MaxBatch, ExportEventPolicy.Platform), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The same for an events file (JSON Lines, the evidence page's upload): validated line by line under the same
    /// policy, every problem naming its line; nothing is recorded when one line is bad.
    /// </summary>
    public async Task<Result<EvidenceReceipt>> AppendLinesAsync(Caller caller, ReadOnlyMemory<byte> file, string source, CancellationToken ct)
    {
        var processor = await processors.GetAsync(caller.ProcessorId ?? throw new InvalidOperationException("an enterprise caller has a processor"), ct).ConfigureAwait(false);
        try
        {
            return await AppendAsync(caller, processor, ExportEventReader.ReadLines(file.Span, source, processor.Uscc, MaxBatch, ExportEventPolicy.Platform), ct).ConfigureAwait(false);
        }
        catch (InvalidInputException e)
        {
            // Bad lines are met while reading and appending the file; the page shows every one of them.
            return new InvalidError(e.Diagnostics);
        }
    }

    private async Task<EvidenceReceipt> AppendAsync(Caller caller, Processor processor, List<ExportEvent> events, CancellationToken ct)
    {

        // A filing the processor does not have is a deviation (no-filing), not bad input: the export still left.
        var known = await consistency.KnownFilingsAsync(processor.Id, events.Select(e => e.Filing).OfType<string>(), ct).ConfigureAwait(false);
        var gate = gates.For(processor.Id);
        await gate.WaitAsync(ct).ConfigureAwait(false);
        (LedgerAppendResult Appended, IReadOnlyList<Deviation> Deviations, bool Reassessed) batch;
        try
        {
            batch = await AppendValidatedAsync(caller, processor, events, known, ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }

        if (!batch.Reassessed)
        {
            await ReassessAfterCommitAsync(processor.Id, ct).ConfigureAwait(false);
        }

        // The receipt is read once the batch is committed and the gate released: the counters include this batch (and
        // any committed after it), and the next batch of the processor need not wait for this read.
        var first = batch.Appended.FirstLeafIndex;
        var indexes = Enumerable.Range(0, events.Count).Select(i => first + i).ToList();
        var counter = (await counters.ForAsync(caller, ct).ConfigureAwait(false)).Where(c => c.Processor == processor.Uscc).ToList();
        return new EvidenceReceipt(indexes, batch.Appended.TreeHead, counter, [.. batch.Deviations.Select(d => DeviationView.From(d, first + d.Event))]);
    }

    /// <summary>
    /// The processor's filings decided again after the batch committed, when deciding them inside its transaction lost
    /// to a concurrent change. The events are committed by now, so the receipt is the answer whatever happens here: the
    /// pass runs again on fresh rows (<see cref="Filings.FilingService.ReassessAsync"/>), and should that keep losing,
    /// the other request's reassessment already saw these counts or the next append's will.
    /// </summary>
    private async Task ReassessAfterCommitAsync(int processorId, CancellationToken ct)
    {
        try
        {
            await filings.ReassessAsync(processorId, ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            logger.ReassessmentConflict(e, processorId);
        }
    }

    private async Task<(LedgerAppendResult Appended, IReadOnlyList<Deviation> Deviations, bool Reassessed)> AppendValidatedAsync(Caller caller, Processor processor, List<ExportEvent> events, HashSet<string> known, CancellationToken ct)
    {
        // On PostgreSQL the ledger's batch joins this transaction: the leaves, their index rows and the counters
        // commit together or not at all, and the ledger's lock is held until then.
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var appended = await ledger.AppendAsync(processor.Uscc, events, transaction.GetDbTransaction(), ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var records = new List<ExportRecord>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            records.Add(new ExportRecord
            {
                ProcessorId = processor.Id,
                ZoneGroupId = processor.ZoneGroupId,
                FilingId = e.Filing is { } f && known.Contains(f) ? f : null,

                // Stored in UTC (PostgreSQL's timestamptz takes no other offset); the year is still taken in Beijing time.
                Time = e.Time.ToUniversalTime(),
                Year = RegulatoryCalendar.YearOf(e.Time),
                Recipient = e.Recipient,
                Country = e.Country,
                Scenario = e.Scenario,
                Persons = e.Persons,
                Sensitive = e.Sensitive,
                LeafIndex = appended.FirstLeafIndex + i,
                TreeSize = appended.TreeHead.Size,
                RecordedAt = now,
            });
        }

        await db.InsertRowsAsync(records, ct).ConfigureAwait(false);
        audit.Record(db, caller, "evidence", processor.Uscc, "append", processor.Id, processor.ZoneGroupId, null, new
        {
            events = events.Count,
            firstLeafIndex = appended.FirstLeafIndex,
            treeSize = appended.TreeHead.Size,
            rootHash = appended.TreeHead.RootHash,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await InsertPersonKeysAsync(processor.Id, events, ct).ConfigureAwait(false);
        await InsertFilingPersonKeysAsync(events, known, ct).ConfigureAwait(false);

        // Checked after the batch's persons are counted, so the count kinds see the year including this batch.
        var deviations = await consistency.CheckAsync(processor, events, withCounts: true, ct).ConfigureAwait(false);
        await deviationLog.RecordAsync(caller, processor, events, deviations, appended.FirstLeafIndex, now, ct).ConfigureAwait(false);

        // The year's counts are an input of the processor's decisions: its filings are decided again on them in the
        // same transaction, still inside the gate (on SQLite a second writer would only wait on the lock).
        var reassessed = await filings.TryReassessWithinAsync(processor.Id, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return (appended, deviations, reassessed);
    }

    private async Task InsertPersonKeysAsync(int processorId, IReadOnlyList<ExportEvent> events, CancellationToken ct)
    {
        var keys = events
            .SelectMany(e => e.PersonKeys.Select(k => (Year: RegulatoryCalendar.YearOf(e.Time), e.Sensitive, Key: k)))
            .Distinct()
            .GroupBy(k => (k.Year, k.Sensitive));
        foreach (var group in keys)
        {
            var rows = group.Select(k => new PersonKey { ProcessorId = processorId, Year = k.Year, Sensitive = k.Sensitive, KeyHash = k.Key }).ToList();

            // Only the rows actually inserted are persons not seen before this year; they are what the counter adds.
            var added = await db.InsertRowsAsync(rows, ct, skipExisting: true).ConfigureAwait(false);
            if (added > 0)
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO person_counters (\"ProcessorId\", \"Year\", \"Sensitive\", \"Count\") VALUES ({0}, {1}, {2}, {3}) " +
                    "ON CONFLICT (\"ProcessorId\", \"Year\", \"Sensitive\") DO UPDATE SET \"Count\" = person_counters.\"Count\" + excluded.\"Count\"",
                    [processorId, group.Key.Year, group.Key.Sensitive, (long)added],
                    ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Likewise per filing: the distinct persons each filing's own figures are compared with.</summary>
    private async Task InsertFilingPersonKeysAsync(IReadOnlyList<ExportEvent> events, HashSet<string> known, CancellationToken ct)
    {
        var keys = events
            .Where(e => e.Filing is { } f && known.Contains(f))
            .SelectMany(e => e.PersonKeys.Select(k => (Filing: e.Filing!, Year: RegulatoryCalendar.YearOf(e.Time), e.Sensitive, Key: k)))
            .Distinct()
            .GroupBy(k => (k.Filing, k.Year, k.Sensitive));
        foreach (var group in keys)
        {
            var rows = group.Select(k => new FilingPersonKey { FilingId = k.Filing, Year = k.Year, Sensitive = k.Sensitive, KeyHash = k.Key }).ToList();
            var added = await db.InsertRowsAsync(rows, ct, skipExisting: true).ConfigureAwait(false);
            if (added > 0)
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO filing_person_counters (\"FilingId\", \"Year\", \"Sensitive\", \"Count\") VALUES ({0}, {1}, {2}, {3}) " +
                    "ON CONFLICT (\"FilingId\", \"Year\", \"Sensitive\") DO UPDATE SET \"Count\" = filing_person_counters.\"Count\" + excluded.\"Count\"",
                    [group.Key.Filing, group.Key.Year, group.Key.Sensitive, (long)added],
                    ct).ConfigureAwait(false);
            }
        }
    }
}
