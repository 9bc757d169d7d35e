using System.Globalization;
using Chujing.Domain.Calendar;
using System.Text;
using Chujing.Domain.Evidence;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Domain.Filings;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence.Filings;
using Chujing.Persistence.SpotChecks;
using Chujing.Web.Access;
using Chujing.Domain.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

public sealed partial class SpotCheckService
{
    /// <summary>The longest period one check covers.</summary>
    public const int MaxPeriodDays = 366;

    /// <summary>Plans a check: freezes the population (filings in force, leaves, committed heads, classes, inspectors) and publishes its hash.</summary>
    public async Task<Result<SpotCheckView>> PlanAsync(Caller caller, PlanRequest request, CancellationToken ct)
    {
        var today = RegulatoryCalendar.Today(time);
        var scope = await ScopeAsync(caller, request, ct).ConfigureAwait(false);
        if (scope.Error is { } outOfScope)
        {
            return outOfScope;
        }

        var (group, recheck) = scope.Value;
        var from = request.From ?? (recheck is null ? null : DateOnly.FromDateTime(recheck.OpenedAt.ToOffset(RegulatoryCalendar.Offset).DateTime));
        var to = request.To ?? (recheck is null ? null : today);
        if (from is null || to is null)
        {
            return Invalid(from is null ? "from" : "to", "the period's first and last day are required (YYYY-MM-DD)");
        }

        if (to < from || to > today || to.Value.DayNumber - from.Value.DayNumber >= MaxPeriodDays)
        {
            return Invalid("to", $"the period must end by today and after it starts, and span at most {MaxPeriodDays} days");
        }

        if (request.Filings is < 1 or > 100_000 || request.RecordsPerFiling is < 1 or > 1_000_000)
        {
            return Invalid(request.Filings is < 1 or > 100_000 ? "filings" : "recordsPerFiling", "a sample size is a whole number of at least 1 (filings at most 100000, records at most 1000000)");
        }

        var id = await NextIdAsync("SC", 4, db.SpotChecks.Select(s => s.Id), ct).ConfigureAwait(false);
        var after = recheck is null ? 0 : await CommittedSizeAsync(recheck, ct).ConfigureAwait(false);
        var frozen = await FreezeAsync(id, group, from.Value, to.Value, recheck?.FilingId, after, ct).ConfigureAwait(false);
        if (frozen.Error is { } unfit)
        {
            return unfit;
        }

        var population = frozen.Value;
        if (recheck is not null && population.Filings.Sum(f => f.RecordCount) == 0)
        {
            return Invalid("recheckOf", NothingToCheck(from.Value, to.Value, recheck.FilingId));
        }

        var row = new SpotCheck
        {
            Id = id,
            ZoneGroupId = group,
            From = from.Value,
            To = to.Value,
            Status = SpotCheckStatus.Planned,
            PopulationJson = population.CanonicalJson,
            PopulationHash = population.Hash,
            FilingsRequested = recheck is null ? request.Filings : null,
            RecordsPerFiling = request.RecordsPerFiling,
            RecheckOf = recheck?.Id,
            CreatedById = caller.UserId,
            CreatedAt = time.GetUtcNow(),
            Version = 1,
        };
        db.SpotChecks.Add(row);
        if (recheck is not null)
        {
            var tracked = await db.SpotCheckFindings.SingleAsync(f => f.Id == recheck.Id, ct).ConfigureAwait(false);
            tracked.RecheckId = id;
            tracked.Version++;
        }

        audit.Record(db, caller, Entity, id, "plan", null, group ?? recheck?.ZoneGroupId, null, new { id, group, from, to, population.Hash, recheckOf = recheck?.Id });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return await ToViewAsync(row, ct).ConfigureAwait(false);
    }

    // A check over no records finds nothing because it looked at nothing: it must not read as clean.
    private static string NothingToCheck(DateOnly from, DateOnly to, string? filing) => string.Create(CultureInfo.InvariantCulture,
        $"{from:yyyy-MM-dd} 至 {to:yyyy-MM-dd} 期间{(filing is null ? "" : $"备案 {filing} ")}没有可抽查的出境记录（复查只看发现问题的检查之后的出境），无记录的抽查不能得出“无问题”、也不能关闭问题；请选择有出境记录的期间，或待企业有新的出境后再复查。 "
        + $"The period {from:yyyy-MM-dd} to {to:yyyy-MM-dd} has no export records{(filing is null ? "" : $" of filing {filing}")} to check (a re-check looks only at exports after the check that found the problem); a check over no records cannot come out clean or close a finding: choose a period with exports, or re-check once the processor has exported again.");

    private async Task<Result<(string? Group, SpotCheckFinding? Recheck)>> ScopeAsync(Caller caller, PlanRequest request, CancellationToken ct)
    {
        if (request.RecheckOf is { } findingId)
        {
            var finding = await db.SpotCheckFindings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId, ct).ConfigureAwait(false);
            if (finding is null || (caller.IsOfficer && finding.ZoneGroupId != caller.ZoneGroupId))
            {
                return new NotFoundError($"finding {findingId} not found");
            }

            if (finding.Status != SpotCheckStatus.RecheckPending)
            {
                return Invalid("recheckOf", $"finding {findingId} is {finding.Status}; a re-check is drawn for a finding whose rectification was accepted (recheck-pending)");
            }

            return ((string?)finding.ZoneGroupId, (SpotCheckFinding?)finding);
        }

        var group = request.ZoneGroup;
        if (caller.IsOfficer)
        {
            if (group is not null && group != caller.ZoneGroupId)
            {
                return new ForbiddenError("an officer plans checks of their own zone group");
            }

            return (caller.ZoneGroupId, (SpotCheckFinding?)null);
        }

        if (group is not null && (group.Length > 64 || !await db.ZoneGroups.AnyAsync(z => z.Id == group, ct).ConfigureAwait(false)))
        {
            return Invalid("zoneGroup", $"'{Cut(group, 64)}' is not a zone group");
        }

        return (group, (SpotCheckFinding?)null);
    }

    // A re-check samples only what was exported after the check that found the problem: leaves beyond its committed head.
    private async Task<long> CommittedSizeAsync(SpotCheckFinding finding, CancellationToken ct)
    {
        var json = await db.SpotChecks.AsNoTracking().Where(s => s.Id == finding.SpotCheckId).Select(s => s.PopulationJson).SingleAsync(ct).ConfigureAwait(false);
        var uscc = await db.Processors.AsNoTracking().Where(p => p.Id == finding.ProcessorId).Select(p => p.Uscc).SingleAsync(ct).ConfigureAwait(false);
        return PopulationJson.Parse(Encoding.UTF8.GetBytes(json)).Value.Processors.Single(p => p.Uscc == uscc).Head.Size;
    }

    private async Task<Result<SpotCheckPopulation>> FreezeAsync(string id, string? group, DateOnly from, DateOnly to, string? onlyFiling, long firstLeaf, CancellationToken ct)
    {
        var everApproved = new[] { FilingStatus.Approved, FilingStatus.Suspended, FilingStatus.Revoked, FilingStatus.Expired };
        var query = db.Filings.AsNoTracking().Include(f => f.Processor)
            .Where(f => everApproved.Contains(f.Status) && f.DecidedAt != null && f.ValidFrom <= to && f.ValidUntil >= from);
        query = onlyFiling is not null ? query.Where(f => f.Id == onlyFiling) : group is null ? query : query.Where(f => f.ZoneGroupId == group);
        var filings = (await query.ToListAsync(ct).ConfigureAwait(false)).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), RegulatoryCalendar.Offset);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), RegulatoryCalendar.Offset);
        var processors = new List<PopulationProcessor>();
        var populationFilings = new List<PopulationFiling>();
        // Grouped by USCC: a no-tracking query gives each filing its own processor instance.
        foreach (var byProcessor in filings.GroupBy(f => f.Processor!.Uscc, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var uscc = byProcessor.Key;
            var owner = byProcessor.First().Processor!;
            var head = await ledgers.ReadAsync(uscc, ledger => ledger is null
                ? new PopulationHead(0, Convert.ToHexStringLower(new MerkleHasher(Sha256HashAlgorithm.Instance).EmptyRootHash()), TreeHead.FormatTimestamp(time.GetUtcNow()))
                : new PopulationHead(ledger.Head.Size, Convert.ToHexStringLower(ledger.Head.RootHash), ledger.Head.TimestampText), ct).ConfigureAwait(false);
            var rating = await ratings.RateAsync(owner.Id, ct).ConfigureAwait(false);
            processors.Add(new PopulationProcessor(uscc, rating.Class, head, await PreviousHeadAsync(uscc, ct).ConfigureAwait(false)));
            foreach (var filing in byProcessor)
            {
                populationFilings.Add(await FilingLeavesAsync(filing, start, end, firstLeaf, head.Size, ct).ConfigureAwait(false));
            }
        }

        var groups = populationFilings.Select(f => f.ZoneGroup).Distinct().ToList();
        var officers = await db.Users.AsNoTracking().Where(u => u.ZoneGroupId != null && groups.Contains(u.ZoneGroupId)).Select(u => new { u.Id, u.ZoneGroupId }).ToListAsync(ct).ConfigureAwait(false);
        var inspectors = officers.OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => new PopulationInspector(o.Id, o.ZoneGroupId!, [])).ToList();
        var filingsSorted = populationFilings.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var problems = filingsSorted.GroupBy(f => f.ZoneGroup).Where(g => inspectors.Count(i => i.ZoneGroup == g.Key) < SamplingRules.Default.InspectorsPerFiling).Select(g => g.Key).ToList();
        if (problems.Count > 0)
        {
            return Invalid("zoneGroup", $"zone group {string.Join(", ", problems)} has fewer than {SamplingRules.Default.InspectorsPerFiling} officers to draw inspectors from");
        }

        return new SpotCheckPopulation(id, group, from, to, SamplingRules.Default, processors, filingsSorted, inspectors);
    }

    private async Task<PopulationFiling> FilingLeavesAsync(Filing filing, DateTimeOffset start, DateTimeOffset end, long firstLeaf, long size, CancellationToken ct)
    {
        var leaves = await db.ExportRecords.AsNoTracking()
            .Where(e => e.ProcessorId == filing.ProcessorId && e.FilingId == filing.Id && e.LeafIndex >= firstLeaf && e.LeafIndex < size)
            .Select(e => new { e.LeafIndex, e.Time }).ToListAsync(ct).ConfigureAwait(false);
        var runs = new List<LeafRange>();
        foreach (var leaf in leaves.Where(l => l.Time >= start && l.Time < end).Select(l => l.LeafIndex).Order())
        {
            if (runs.Count > 0 && runs[^1].Last + 1 == leaf)
            {
                runs[^1] = new LeafRange(runs[^1].First, leaf);
            }
            else
            {
                runs.Add(new LeafRange(leaf, leaf));
            }
        }

        return new PopulationFiling(filing.Id, filing.Processor!.Uscc, filing.ZoneGroupId, runs);
    }

    // The head the latest finished check of this processor committed to: the next check proves consistency from it.
    private async Task<PopulationHead?> PreviousHeadAsync(string uscc, CancellationToken ct)
    {
        var finished = await db.SpotChecks.AsNoTracking().Where(s => s.Status == SpotCheckStatus.Finished)
            .OrderByDescending(s => s.Id).Select(s => s.PopulationJson).Take(50).ToListAsync(ct).ConfigureAwait(false);
        foreach (var json in finished)
        {
            var population = PopulationJson.Parse(Encoding.UTF8.GetBytes(json)).Value;
            if (population.Processors.FirstOrDefault(p => p.Uscc == uscc) is { } processor)
            {
                return processor.Head;
            }
        }

        return null;
    }
}
