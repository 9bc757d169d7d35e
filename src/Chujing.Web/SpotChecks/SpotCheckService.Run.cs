using Chujing.Domain.Calendar;
using Chujing.Domain.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Evidence;
using Chujing.Domain.Serialization;
using Chujing.Domain.SpotChecks;
using Chujing.Evidence.SpotChecks;
using Chujing.Persistence.SpotChecks;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

public sealed partial class SpotCheckService
{
    /// <summary>One finding as the run answers it (CONTRACTS.md).</summary>
    public sealed record RunFinding(string Id, string Filing, string Processor, long? Leaf, string Kind, string Severity, string Status, string Detail, DateOnly Deadline);

    /// <summary>The run's answer: the findings, and the check (now finished).</summary>
    public sealed record RunResult(IReadOnlyList<RunFinding> Findings, SpotCheckView Check);

    /// <summary>
    /// Runs a drawn check: proves every sampled leaf, checks each against its filing, compares produced payloads with
    /// their digests, and records findings (deadline in working days) and each filing's aggregated outcome.
    /// </summary>
    public async Task<Result<RunResult>> RunAsync(Caller caller, string id, CancellationToken ct)
    {
        if (await TrackedAsync(caller, id, ct).ConfigureAwait(false) is not { } row)
        {
            return NotFound(id);
        }

        if (row.Status != SpotCheckStatus.Drawn)
        {
            return Invalid("status", $"spot check {id} is {row.Status}; a check runs once, after its draw");
        }

        var population = PopulationJson.Parse(Encoding.UTF8.GetBytes(row.PopulationJson)).Value;
        var sample = JsonSerializer.Deserialize<List<SampledFiling>>(row.SampleJson!, JsonConventions.Compact)!;
        var processors = await db.Processors.AsNoTracking().ToDictionaryAsync(p => p.Uscc, p => p.Id, ct).ConfigureAwait(false);
        var payloads = await db.SpotCheckPayloads.AsNoTracking().Where(p => p.SpotCheckId == id).ToListAsync(ct).ConfigureAwait(false);
        var found = new List<(SampledFiling Filing, long? Leaf, string Kind, FindingSeverity Severity, string? Path, string Detail, string Basis)>();
        foreach (var byProcessor in sample.GroupBy(s => s.Processor))
        {
            var processor = population.Processors.Single(p => p.Uscc == byProcessor.Key);
            var filings = byProcessor.ToList();
            var (proven, problems) = await ledgers.ReadAsync(byProcessor.Key, ledger => SampledLeafReader.Read(ledger, processor, filings), ct).ConfigureAwait(false);
            foreach (var problem in problems)
            {
                var (severity, basis) = FindingKinds.Of(problem.Kind);
                found.Add((filings.Single(f => f.Filing == problem.Filing), problem.Leaf, problem.Kind, severity, problem.Leaf is null ? "ledger" : "leaf", problem.Detail, basis));
            }

            foreach (var leaf in proven)
            {
                var filing = filings.Single(f => f.Filing == leaf.Filing);
                foreach (var deviation in await consistency.CheckAsync(leaf.Filing, leaf.Event, ct).ConfigureAwait(false))
                {
                    // The count kinds are about the filing's year, not the record: one finding per filing and kind.
                    if (deviation.Kind is "persons-over-filed" or "band-crossed" && found.Any(f => f.Filing.Filing == leaf.Filing && f.Kind == deviation.Kind))
                    {
                        continue;
                    }

                    found.Add((filing, leaf.Leaf, deviation.Kind, deviation.Severity, deviation.Path, deviation.Detail, deviation.Basis));
                }

                if (leaf.Event.Digest is { } digest)
                {
                    var payload = payloads.SingleOrDefault(p => p.ProcessorId == processors[byProcessor.Key] && p.Leaf == leaf.Leaf);
                    foreach (var (kind, path, detail) in PayloadComparison.Compare(leaf.Event, digest, payload))
                    {
                        var (severity, basis) = FindingKinds.Of(kind);
                        found.Add((filing, leaf.Leaf, kind, severity, path, detail, basis));
                    }
                }
            }
        }

        // A re-check looks only at what happened after the finding it re-checks.
        var since = row.RecheckOf is { } rechecked
            ? await db.SpotCheckFindings.Where(f => f.Id == rechecked).Select(f => f.OpenedAt).SingleAsync(ct).ConfigureAwait(false)
            : DateTimeOffset.MinValue;
        foreach (var filing in sample)
        {
            foreach (var (path, detail) in await GatewayWithoutEvidenceAsync(population, filing, processors[filing.Processor], since, row.CreatedAt, ct).ConfigureAwait(false))
            {
                var (severity, basis) = FindingKinds.Of(FindingKinds.CheckWithoutEvidence);
                found.Add((filing, null, FindingKinds.CheckWithoutEvidence, severity, path, detail, basis));
            }
        }

        var now = time.GetUtcNow();
        var deadline = WorkingDayCalendar.China.AddWorkingDays(RegulatoryCalendar.Today(time), RectificationWorkingDays);
        var nextId = await NextIdAsync("FD", 5, db.SpotCheckFindings.Select(f => f.Id), ct).ConfigureAwait(false);
        var number = int.Parse(nextId.AsSpan(nextId.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        var prefix = nextId[..(nextId.LastIndexOf('-') + 1)];
        var results = new List<RunFinding>();
        foreach (var (filing, leaf, kind, severity, path, detail, basis) in found)
        {
            var row2 = new SpotCheckFinding
            {
                Id = prefix + (number++).ToString("00000", CultureInfo.InvariantCulture),
                SpotCheckId = id,
                FilingId = filing.Filing,
                ProcessorId = processors[filing.Processor],
                ZoneGroupId = filing.ZoneGroup,
                Leaf = leaf,
                Kind = kind,
                Severity = FindingNames.Of(severity),
                Path = Cut(path, 200),
                Detail = Cut(detail, 2000)!,
                Basis = Cut(basis, 4000)!,
                Status = SpotCheckStatus.Open,
                OpenedAt = now,
                Deadline = deadline.Day,
                DeadlineProvisional = deadline.Provisional,
                Version = 1,
            };
            db.SpotCheckFindings.Add(row2);
            audit.Record(db, caller, "finding", row2.Id, "create", row2.ProcessorId, row2.ZoneGroupId, null, new { row2.Id, row2.SpotCheckId, row2.FilingId, row2.Leaf, row2.Kind, row2.Severity, row2.Deadline });
            results.Add(new RunFinding(row2.Id, row2.FilingId, filing.Processor, leaf, kind, row2.Severity, row2.Status, row2.Detail, row2.Deadline));
            await notifier.ToProcessorAsync(row2.ProcessorId, Notifications.NotificationTexts.FindingOpened(row2.Id, row2.FilingId, row2.Severity, row2.Detail, row2.Deadline), ct).ConfigureAwait(false);
        }

        foreach (var filing in sample)
        {
            var mine = found.Where(f => f.Filing.Filing == filing.Filing).ToList();
            var (severity, reason) = SeverityAggregation.Aggregate(mine.Select(f => f.Severity));
            db.SpotCheckOutcomes.Add(new SpotCheckOutcome
            {
                SpotCheckId = id,
                FilingId = filing.Filing,
                ProcessorId = processors[filing.Processor],
                ZoneGroupId = filing.ZoneGroup,
                RiskClass = filing.RiskClass.ToString(),
                Severity = severity is { } s ? FindingNames.Of(s) : null,
                Reason = reason,
                Records = filing.Leaves.Count,
                Findings = mine.Count,
                FinishedAt = now,
            });
        }

        if (row.RecheckOf is { } recheckOf)
        {
            await CloseAfterRecheckAsync(caller, recheckOf, found.Count == 0 && sample.Sum(picked => picked.Leaves.Count) > 0, now, ct).ConfigureAwait(false);
        }

        row.Status = SpotCheckStatus.Finished;
        row.FinishedAt = now;
        row.Version++;
        audit.Record(db, caller, Entity, id, "run", null, row.ZoneGroupId, new { status = SpotCheckStatus.Drawn }, new { status = row.Status, findings = results.Count });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new RunResult(results, await ToViewAsync(row, ct).ConfigureAwait(false));
    }

    // A serious finding whose rectification was accepted closes only on a clean re-check sample.
    private async Task CloseAfterRecheckAsync(Caller caller, string findingId, bool clean, DateTimeOffset now, CancellationToken ct)
    {
        var finding = await db.SpotCheckFindings.SingleAsync(f => f.Id == findingId, ct).ConfigureAwait(false);
        if (!clean || finding.Status != SpotCheckStatus.RecheckPending)
        {
            return;
        }

        var before = new { finding.Status };
        finding.Status = SpotCheckStatus.Closed;
        finding.ClosedAt = now;
        finding.Note = "复查抽样无问题，关闭 · closed on a clean re-check sample";
        finding.Version++;
        audit.Record(db, caller, "finding", finding.Id, "close", finding.ProcessorId, finding.ZoneGroupId, before, new { finding.Status, finding.RecheckId });
    }

    // Exports the gateway allowed for this filing in the period, before the population was frozen, whose event never
    // reached the ledger: compared by the event's digest (or the SHA-256 of its canonical text) over the filing's leaves.
    private async Task<IReadOnlyList<(string Path, string Detail)>> GatewayWithoutEvidenceAsync(
        SpotCheckPopulation population, SampledFiling filing, int processorId, DateTimeOffset since, DateTimeOffset frozen, CancellationToken ct)
    {
        var start = new DateTimeOffset(population.From.ToDateTime(TimeOnly.MinValue), RegulatoryCalendar.Offset);
        var end = new DateTimeOffset(population.To.AddDays(1).ToDateTime(TimeOnly.MinValue), RegulatoryCalendar.Offset);
        var checks = (await db.GatewayChecks.AsNoTracking().Where(g => g.ProcessorId == processorId && g.FilingId == filing.Filing && g.Allowed)
            .Select(g => new { g.EventDigest, g.EventTime, g.At }).ToListAsync(ct).ConfigureAwait(false))
            .Where(g => g.EventTime >= start && g.EventTime < end && g.At > since && g.At <= frozen).ToList();
        if (checks.Count == 0)
        {
            return [];
        }

        var leaves = population.Filings.Single(f => f.Id == filing.Filing).Leaves;
        var recorded = await ledgers.ReadAsync(filing.Processor, ledger =>
        {
            var digests = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var run in ledger is null ? [] : leaves)
            {
                for (var from = run.First; from <= run.Last; from += 1000)
                {
                    foreach (var leaf in ledger!.Store.ReadLeaves(from, (int)Math.Min(1000, run.Last - from + 1)))
                    {
                        if (ExportEvent.Parse(leaf.Text) is { IsSuccess: true } parsed)
                        {
                            digests.Add(Consistency.GatewayCheckService.DigestOf(parsed.Value));
                        }
                    }
                }
            }

            return digests;
        }, ct).ConfigureAwait(false);
        var missing = checks.Where(c => !recorded.Contains(c.EventDigest)).ToList();
        return missing.Count == 0 ? [] :
        [
            ("gateway", string.Create(CultureInfo.InvariantCulture,
                $"出境网关放行了本备案 {missing.Count} 次出境（如 {missing[0].EventTime:yyyy-MM-dd HH:mm}Z，摘要 {missing[0].EventDigest}），账本中却没有对应的存证记录。 The export gateway allowed {missing.Count} export(s) of this filing (e.g. {missing[0].EventTime:yyyy-MM-dd HH:mm}Z, digest {missing[0].EventDigest}) that never reached the ledger as evidence.")),
        ];
    }

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
