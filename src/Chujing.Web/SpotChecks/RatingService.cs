using Chujing.Domain.Calendar;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Localization;
using Chujing.Domain.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// A processor's rating under <see cref="RatingModel"/>, computed on demand from its findings and finished checks, so
/// that a rating is always the model's answer for the stored history (replayable, never a stale stored value).
/// </summary>
public sealed class RatingService(ChujingDbContext db, TimeProvider time)
{
    /// <summary>The rating of the processor with USCC <paramref name="uscc"/>; not found when the caller may not see it.</summary>
    public async Task<Result<Rating>> GetAsync(Caller caller, string uscc, CancellationToken ct)
    {
        var processor = await db.Processors.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(p => p.Uscc == uscc, ct).ConfigureAwait(false);
        return processor is null ? new NotFoundError($"processor {uscc} not found") : await RateAsync(processor.Id, ct).ConfigureAwait(false);
    }

    /// <summary>The rating of processor <paramref name="processorId"/> today.</summary>
    public async Task<Rating> RateAsync(int processorId, CancellationToken ct)
    {
        var findings = await db.SpotCheckFindings.AsNoTracking().Where(f => f.ProcessorId == processorId).ToListAsync(ct).ConfigureAwait(false);
        var outcomes = await db.SpotCheckOutcomes.AsNoTracking().Where(o => o.ProcessorId == processorId).ToListAsync(ct).ConfigureAwait(false);
        var checks = outcomes.GroupBy(o => o.SpotCheckId).Select(g => new RatingCheck(
            g.Key,
            Day(g.Max(o => o.FinishedAt)),
            g.Select(o => FindingNames.ParseSeverity(o.Severity)).Max())).ToList();
        var rated = findings.Select(f => new RatingFinding(
            f.Id,
            f.Kind,
            FindingNames.ParseSeverity(f.Severity)!.Value,
            Day(f.OpenedAt),
            f.Deadline,
            f.ClosedAt is { } closed ? Day(closed) : null,
            f.Escalated,
            f.SetAsideBy is not null)
        {
            KindZh = UiText.Has("kind." + f.Kind) ? UiText.In("kind." + f.Kind, false) : null,
            KindEn = UiText.Has("kind." + f.Kind) ? UiText.In("kind." + f.Kind, true) : null,
        }).ToList();
        return RatingModel.Rate(rated, checks, RegulatoryCalendar.Today(time));
    }

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(RegulatoryCalendar.Offset).DateTime);
}
