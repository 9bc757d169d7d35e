using Chujing.Domain.Calendar;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence;
using Chujing.Persistence.SpotChecks;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Chujing.Web.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// Spot checks for the API and the pages: plan (freeze and hash the population), draw (once, from a published seed),
/// run (proofs, consistency, payloads → findings). Reads are scoped to the caller's tenant; every change is saved
/// with its audit entry in one transaction.
/// </summary>
public sealed partial class SpotCheckService(
    ChujingDbContext db,
    IEvidenceLedger ledgers,
    IRecordConsistency consistency,
    RatingService ratings,
    AuditLog audit,
    Notifications.Notifier notifier,
    TimeProvider time)
{
    private const string Entity = "spot-check";

    /// <summary>Rectification period in working days (NMPA's drug-inspection measures give 20; platform policy here).</summary>
    public const int RectificationWorkingDays = 20;

    /// <summary>The checks the caller may see, newest first: officers their group's, the city all, enterprises those that drew their filings.</summary>
    public async Task<IReadOnlyList<SpotCheckView>> ListAsync(Caller caller, CancellationToken ct)
    {
        var rows = await Visible(caller).OrderByDescending(s => s.Id).Take(500).ToListAsync(ct).ConfigureAwait(false);
        var views = new List<SpotCheckView>();
        foreach (var row in rows)
        {
            if (await ViewForAsync(caller, row, ct).ConfigureAwait(false) is { } view)
            {
                views.Add(view);
            }
        }

        return views;
    }

    /// <summary>One check; not found when the caller may not see it.</summary>
    public async Task<Result<SpotCheckView>> GetAsync(Caller caller, string id, CancellationToken ct)
    {
        var row = await Visible(caller).SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false);
        return (row is null ? null : await ViewForAsync(caller, row, ct).ConfigureAwait(false)) is { } view ? view : NotFound(id);
    }

    /// <summary>The frozen population's canonical JSON (officials of the scope; the public once the check is finished).</summary>
    public async Task<Result<string>> PopulationAsync(Caller? caller, string id, CancellationToken ct)
    {
        if (caller is { IsEnterprise: true })
        {
            return NotFound(id);
        }

        var query = caller is null ? db.SpotChecks.AsNoTracking().Where(s => s.Status == SpotCheckStatus.Finished) : Visible(caller);
        var json = await query.Where(s => s.Id == id).Select(s => s.PopulationJson).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return json is null ? NotFound(id) : json;
    }

    private IQueryable<SpotCheck> Visible(Caller caller) => caller switch
    {
        { IsOfficer: true } => db.SpotChecks.AsNoTracking().Where(s => s.ZoneGroupId == caller.ZoneGroupId),
        { IsCity: true } => db.SpotChecks.AsNoTracking(),
        // Enterprises: drawn checks of their zone group or the city; the view keeps only their own filings.
        { IsEnterprise: true } => db.SpotChecks.AsNoTracking().Where(s => s.Status != SpotCheckStatus.Planned),
        _ => db.SpotChecks.Where(_ => false),
    };

    private async Task<SpotCheckView?> ViewForAsync(Caller caller, SpotCheck row, CancellationToken ct)
    {
        var view = await ToViewAsync(row, ct).ConfigureAwait(false);
        if (!caller.IsEnterprise)
        {
            return view;
        }

        var uscc = await db.Processors.Where(p => p.Id == caller.ProcessorId).Select(p => p.Uscc).SingleAsync(ct).ConfigureAwait(false);
        if (view.Sample is not { } sample)
        {
            return null;
        }

        var own = sample.EnumerateArray().Where(s => s.GetProperty("processor").GetString() == uscc).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        // An enterprise sees what concerns it: its sampled filings and outcomes, not the others' nor the inspectors' draw.
        return view with
        {
            Sample = JsonSerializer.SerializeToElement(own, PlatformJson.Options),
            Outcomes = view.Outcomes?.Where(o => o.Processor == uscc).ToList(),
            Recusals = null,
        };
    }

    internal async Task<SpotCheckView> ToViewAsync(SpotCheck row, CancellationToken ct)
    {
        var population = PopulationJson.Parse(Encoding.UTF8.GetBytes(row.PopulationJson)).Value;
        var outcomes = row.Status != SpotCheckStatus.Finished ? null : await OutcomesAsync(row.Id, ct).ConfigureAwait(false);
        return new SpotCheckView(
            row.Id,
            row.Status,
            row.ZoneGroupId,
            row.From,
            row.To,
            new PopulationSummary(row.PopulationHash, population.Filings.Count, population.Processors.Count, population.Filings.Sum(f => f.RecordCount), population.Inspectors.Count),
            Plan(population, row.FilingsRequested, row.RecordsPerFiling),
            row.RecheckOf,
            row.Seed,
            row.ContributorsJson is null ? null : JsonSerializer.Deserialize<List<ContributorView>>(row.ContributorsJson, PlatformJson.Options),
            RecusalsOf(row),
            row.SampleJson is null ? null : JsonSerializer.Deserialize<JsonElement>(row.SampleJson),
            outcomes,
            row.CreatedAt,
            row.DrawnAt,
            row.FinishedAt);
    }

    private async Task<List<OutcomeView>> OutcomesAsync(string id, CancellationToken ct)
    {
        var rows = await db.SpotCheckOutcomes.AsNoTracking().Where(o => o.SpotCheckId == id).OrderBy(o => o.FilingId).ToListAsync(ct).ConfigureAwait(false);
        var processors = await db.Processors.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Uscc, ct).ConfigureAwait(false);
        var severities = (await db.SpotCheckFindings.AsNoTracking().Where(f => f.SpotCheckId == id).Select(f => new { f.FilingId, f.Severity }).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(f => f.FilingId, f => FindingNames.ParseSeverity(f.Severity) ?? FindingSeverity.General);
        return [.. rows.Select(o => new OutcomeView(o.FilingId, processors[o.ProcessorId], o.RiskClass, o.Severity, o.Reason, o.Records, o.Findings,
            SeverityAggregation.Explain(severities[o.FilingId]).Reason.Zh))];
    }

    private static PlanSummary Plan(SpotCheckPopulation population, long? filings, long? records)
    {
        var rules = population.Rules;
        return new PlanSummary(
            Math.Min(filings ?? SpotCheckSampler.DefaultFilings(population), population.Filings.Count),
            records,
            records is null
                ? string.Create(CultureInfo.InvariantCulture, $"发现抽样：若某备案至少 {rules.DetectRate:P0} 的记录不一致，以 {rules.Confidence:P0} 的概率至少发现一条 · discovery sampling: finds one with {rules.Confidence:P0} probability if {rules.DetectRate:P0} or more of a filing's records deviate")
                : string.Create(CultureInfo.InvariantCulture, $"每个备案抽取 {records} 条（官员设定）· {records} records per filing (set by the officer)"),
            rules.DetectRate,
            rules.Confidence,
            rules.InspectorsPerFiling,
            Enum.GetValues<RiskClass>().ToDictionary(c => c.ToString(), rules.WeightOf, StringComparer.Ordinal),
            Enum.GetValues<RiskClass>().ToDictionary(c => c.ToString(), rules.RatioOf, StringComparer.Ordinal));
    }

    private static List<Recusal> RecusalsOf(SpotCheck row) =>
        row.RecusalsJson is null ? [] : JsonSerializer.Deserialize<List<Recusal>>(row.RecusalsJson, PlatformJson.Options) ?? [];

    private static InvalidError Invalid(string field, string message) => new([Diagnostic.ForField(null, field, message)]);

    private static NotFoundError NotFound(string id) => new($"spot check {id} not found");

    private async Task<string> NextIdAsync(string prefix, int digits, IQueryable<string> ids, CancellationToken ct)
    {
        var year = RegulatoryCalendar.Today(time).Year.ToString(CultureInfo.InvariantCulture);
        var start = prefix + "-" + year + "-";
        var last = await ids.Where(i => i.StartsWith(start)).OrderByDescending(i => i).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var next = last is null ? 1 : int.Parse(last.AsSpan(start.Length), NumberStyles.None, CultureInfo.InvariantCulture) + 1;
        return start + next.ToString(new string('0', digits), CultureInfo.InvariantCulture);
    }
}
