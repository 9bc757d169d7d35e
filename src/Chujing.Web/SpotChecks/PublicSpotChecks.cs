using System.Text.Json;
using Chujing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// 一公开: every finished check's scope, period, seed and contributors, population hash, sample and outcome per
/// filing — enough to re-derive the draw with <c>chujing spot-check plan</c>; no personal data, no evidence content.
/// </summary>
public sealed class PublicSpotChecks(ChujingDbContext db, SpotCheckService checks)
{
    public sealed record PublicCheck(
        string Id, string? ZoneGroup, DateOnly From, DateOnly To, string PopulationHash, string PopulationUrl, string Seed,
        IReadOnlyList<string> Contributors, long? Filings, long? RecordsPerFiling, IReadOnlyList<Domain.SpotChecks.Recusal> Recusals,
        JsonElement Sample, IReadOnlyList<OutcomeView> Outcomes, DateTimeOffset? FinishedAt, string Command);

    public async Task<IResult> ListAsync(CancellationToken ct) => Results.Json(await ChecksAsync(ct).ConfigureAwait(false), PlatformJson.Options);

    public async Task<IReadOnlyList<PublicCheck>> ChecksAsync(CancellationToken ct)
    {
        var rows = await db.SpotChecks.AsNoTracking().Where(s => s.Status == SpotCheckStatus.Finished).OrderByDescending(s => s.Id).Take(200).ToListAsync(ct).ConfigureAwait(false);
        var list = new List<PublicCheck>();
        foreach (var row in rows)
        {
            var view = await checks.ToViewAsync(row, ct).ConfigureAwait(false);
            var sizes = (row.FilingsRequested is { } f ? $" --filings {f}" : string.Empty) + (row.RecordsPerFiling is { } r ? $" --records-per-filing {r}" : string.Empty);
            var recusals = string.Concat((view.Recusals ?? []).Select(x => $" --recusal {x.Filing}={x.Inspector}"));
            list.Add(new PublicCheck(
                row.Id, row.ZoneGroupId, row.From, row.To, row.PopulationHash, $"/public/spot-checks/{row.Id}/population", row.Seed!,
                view.Contributors?.Select(c => c.Party).ToList() ?? [], row.FilingsRequested, row.RecordsPerFiling, view.Recusals ?? [],
                view.Sample!.Value, view.Outcomes ?? [], row.FinishedAt,
                $"chujing spot-check plan population.json --seed '{row.Seed}'{sizes}{recusals} --expect-hash {row.PopulationHash} --json"));
        }

        return list;
    }
}
