using System.Text;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Serialization;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence.SpotChecks;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

public sealed partial class SpotCheckService
{
    /// <summary>Draws the sample once, from the seed (or the parties' contributions), recording who contributed.</summary>
    public async Task<Result<SpotCheckView>> DrawAsync(Caller caller, string id, DrawRequest request, CancellationToken ct)
    {
        if (await TrackedAsync(caller, id, ct).ConfigureAwait(false) is not { } row)
        {
            return NotFound(id);
        }

        if (row.Status != SpotCheckStatus.Planned)
        {
            return Invalid("status", $"spot check {id} is {row.Status}; a check is drawn once");
        }

        var contributions = request.Contributions ?? [];
        if (contributions.Count > 20 || contributions.Any(c => string.IsNullOrWhiteSpace(c?.Party) || string.IsNullOrWhiteSpace(c?.Value) || c.Party.Length > 100 || c.Value.Length > 200))
        {
            return Invalid("contributions", "at most 20 contributions, each with a party (at most 100 characters) and a value (at most 200)");
        }

        var joined = string.Concat(contributions.Select(c => c.Value!.Trim()));
        var seed = request.Seed ?? joined;
        if (request.Seed is not null && contributions.Count > 0 && request.Seed != joined)
        {
            return Invalid("seed", "the seed must be the contributions joined in order when both are given");
        }

        var population = PopulationJson.Parse(Encoding.UTF8.GetBytes(row.PopulationJson)).Value;
        if (population.Filings.Sum(f => f.RecordCount) == 0)
        {
            return Invalid("population", NothingToCheck(row.From, row.To, row.RecheckOf is null ? null : population.Filings.SingleOrDefault()?.Id));
        }

        var drawn = SpotCheckSampler.Draw(population, seed, new SampleSizes(row.FilingsRequested, row.RecordsPerFiling));
        if (drawn.Error is { } refused)
        {
            return refused;
        }

        var sample = drawn.Value;
        var contributors = contributions.Count == 0
            ? [new ContributorView(caller.IsCity ? "city" : "zone-group", seed, caller.Email)]
            : contributions.Select(c => new ContributorView(c.Party!.Trim(), c.Value!.Trim(), c.Party!.Trim() == "zone-group" || c.Party!.Trim() == "city" ? caller.Email : null)).ToList();
        row.Seed = seed;
        row.ContributorsJson = JsonSerializer.Serialize(contributors, PlatformJson.Options);
        row.SampleJson = JsonSerializer.Serialize(sample.Sample, JsonConventions.Compact);
        row.RecusalsJson = "[]";
        row.Status = SpotCheckStatus.Drawn;
        row.DrawnAt = time.GetUtcNow();
        row.Version++;
        audit.Record(db, caller, Entity, id, "draw", null, row.ZoneGroupId, new { status = SpotCheckStatus.Planned }, new { status = row.Status, seed, contributors, filings = sample.Sample.Select(s => s.Filing) });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return await ToViewAsync(row, ct).ConfigureAwait(false);
    }

    /// <summary>The signed-in officer, drawn for <paramref name="request"/>'s filing, recuses; the next pick of the same stream substitutes.</summary>
    public async Task<Result<SpotCheckView>> RecuseAsync(Caller caller, string id, RecusalRequest request, CancellationToken ct)
    {
        if (await TrackedAsync(caller, id, ct).ConfigureAwait(false) is not { } row)
        {
            return NotFound(id);
        }

        if (row.Status != SpotCheckStatus.Drawn || !caller.IsOfficer)
        {
            return Invalid("status", "an inspector recuses from a drawn check that has not run yet");
        }

        var sample = JsonSerializer.Deserialize<List<SampledFiling>>(row.SampleJson!, JsonConventions.Compact)!;
        if (request.Filing is null || sample.FirstOrDefault(s => s.Filing == request.Filing) is not { } drawn || !drawn.Inspectors.Contains(caller.UserId))
        {
            return Invalid("filing", $"you are not drawn to inspect filing '{request.Filing}' in {id}");
        }

        var recusals = RecusalsOf(row);
        recusals.Add(new Recusal(request.Filing, caller.UserId));
        var population = PopulationJson.Parse(Encoding.UTF8.GetBytes(row.PopulationJson)).Value;
        var redraw = SpotCheckSampler.Draw(population, row.Seed!, new SampleSizes(row.FilingsRequested, row.RecordsPerFiling), recusals);
        if (redraw.Error is { } refused)
        {
            return refused;
        }

        var redrawn = redraw.Value;
        row.RecusalsJson = JsonSerializer.Serialize(recusals, PlatformJson.Options);
        row.SampleJson = JsonSerializer.Serialize(redrawn.Sample, JsonConventions.Compact);
        row.Version++;
        audit.Record(db, caller, Entity, id, "recuse", null, row.ZoneGroupId, new { drawn.Inspectors }, new { request.Filing, redrawn.Sample.Single(s => s.Filing == request.Filing).Inspectors });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return await ToViewAsync(row, ct).ConfigureAwait(false);
    }

    /// <summary>The check to change, or null when the caller may not see it (an enterprise, another zone group's officer).</summary>
    private async Task<SpotCheck?> TrackedAsync(Caller caller, string id, CancellationToken ct)
    {
        var row = await db.SpotChecks.SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false);
        return row is null || caller.IsEnterprise || (caller.IsOfficer && row.ZoneGroupId != caller.ZoneGroupId) ? null : row;
    }
}
