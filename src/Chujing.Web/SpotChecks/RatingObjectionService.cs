using System.Globalization;
using Chujing.Domain.Calendar;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence;
using Chujing.Persistence.SpotChecks;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// Objections to a rating (<see cref="ObjectionClock"/>): the enterprise contests one finding's weight within the
/// objection period (later: refused, saying until when it ran); an officer of the zone group upholds it — the finding is
/// set aside and the rating revised — or rejects it, with reasons. Each step is saved with its audit entry.
/// </summary>
public sealed class RatingObjectionService(ChujingDbContext db, RatingService ratings, AuditLog audit, TimeProvider time)
{
    private const string Entity = "rating-objection";
    private const int MaxText = 4000;

    /// <summary>Pending, upheld, rejected.</summary>
    public const string Pending = "pending";

    /// <summary>The two clocks and the counting rule, labelled by what grounds them.</summary>
    public static IReadOnlyList<ConsequenceView> Clocks { get; } =
    [
        new("异议期限 20 日 · 20 days to object", ObjectionClock.ObjectionBasis, "platform-policy"),
        new("复核期限 20 日 · 20 days to decide", ObjectionClock.ReviewBasis, "source-by-analogy"),
        new("期间计算 · counting the days", ObjectionClock.CountingBasis, "legal-text"),
    ];

    public async Task<IReadOnlyList<RatingObjectionView>> ListAsync(Caller caller, CancellationToken ct)
    {
        var rows = await Visible(caller).OrderByDescending(o => o.Id).Take(1000).ToListAsync(ct).ConfigureAwait(false);
        var usccs = await db.Processors.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Uscc, ct).ConfigureAwait(false);
        return [.. rows.Select(r => ToView(r, usccs[r.ProcessorId]))];
    }

    public async Task<Result<RatingObjectionView>> GetAsync(Caller caller, string id, CancellationToken ct)
    {
        var row = await Visible(caller).SingleOrDefaultAsync(o => o.Id == id, ct).ConfigureAwait(false);
        return row is null ? NotFound(id) : ToView(row, await UsccAsync(row.ProcessorId, ct).ConfigureAwait(false));
    }

    /// <summary>The enterprise objects to one of its findings' weight in its rating, within the objection period.</summary>
    public async Task<Result<RatingObjectionView>> FileAsync(Caller caller, string uscc, ObjectionRequest request, CancellationToken ct)
    {
        var processor = await db.Processors.AsNoTracking().SingleOrDefaultAsync(p => p.Uscc == uscc, ct).ConfigureAwait(false);
        if (processor is null || !caller.IsEnterprise || processor.Id != caller.ProcessorId)
        {
            return new NotFoundError($"processor {uscc} not found");
        }

        var problems = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(Diagnostic.ForField(DiagnosticKind.Required, null, "reason", "is required"));
        }
        else if (request.Reason.Length > MaxText)
        {
            problems.Add(Diagnostic.ForField(null, "reason", $"at most {MaxText} characters"));
        }

        var finding = request.Finding is { Length: > 0 and <= 20 } f
            ? await db.SpotCheckFindings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == f && x.ProcessorId == processor.Id, ct).ConfigureAwait(false)
            : null;
        if (finding is null)
        {
            problems.Add(Diagnostic.ForField(DiagnosticKind.Reference, null, "finding", $"'{request.Finding}' is not a finding of processor {uscc}"));
        }
        else
        {
            var today = RegulatoryCalendar.Today(time);
            var inTime = ObjectionClock.CheckInTime(finding.Id, RegulatoryCalendar.DayOf(finding.OpenedAt), today, WorkingDayCalendar.China);
            if (!inTime.IsSuccess)
            {
                problems.AddRange(inTime.Diagnostics);
            }
            else if (await db.RatingObjections.Where(o => o.FindingId == finding.Id).Select(o => o.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } earlier)
            {
                problems.Add(Diagnostic.ForField(null, "finding", $"finding {finding.Id} already has an objection ({earlier}); one objection per finding"));
            }
        }

        if (problems.Count > 0)
        {
            return new InvalidError(problems);
        }

        var filedOn = RegulatoryCalendar.Today(time);
        var notified = RegulatoryCalendar.DayOf(finding!.OpenedAt);
        var row = new RatingObjection
        {
            Id = await NextIdAsync(ct).ConfigureAwait(false),
            ProcessorId = processor.Id,
            ZoneGroupId = processor.ZoneGroupId,
            FindingId = finding.Id,
            Reason = request.Reason!.Trim(),
            FiledAt = time.GetUtcNow(),
            NotifiedOn = notified,
            ObjectionDeadline = ObjectionClock.Deadline(notified, ObjectionClock.ObjectionDays, WorkingDayCalendar.China),
            ReviewDeadline = ObjectionClock.Deadline(filedOn, ObjectionClock.ReviewDays, WorkingDayCalendar.China),
            Status = Pending,
            RatingWhenFiled = Label(await ratings.RateAsync(processor.Id, ct).ConfigureAwait(false)),
        };
        db.RatingObjections.Add(row);
        audit.Record(db, caller, Entity, row.Id, "file", row.ProcessorId, row.ZoneGroupId, null, Snapshot(row));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(row, uscc);
    }

    /// <summary><c>uphold</c> (the finding is set aside, the rating revised) or <c>reject</c>, by an officer of the group, with reasons.</summary>
    public async Task<Result<RatingObjectionView>> DecideAsync(Caller caller, string id, string decision, ObjectionDecisionRequest request, CancellationToken ct)
    {
        var row = await db.RatingObjections.SingleOrDefaultAsync(o => o.Id == id, ct).ConfigureAwait(false);
        if (row is null || !caller.IsOfficer || row.ZoneGroupId != caller.ZoneGroupId)
        {
            return NotFound(id);
        }

        if (string.IsNullOrWhiteSpace(request.Note) || request.Note.Length > 2000)
        {
            return new InvalidError([Diagnostic.ForField(DiagnosticKind.Required, null, "note", "say why (at most 2000 characters)")]);
        }

        if (decision is not ("uphold" or "reject"))
        {
            return new InvalidError([Diagnostic.ForField(null, "decision", $"'{decision}' is not uphold or reject")]);
        }

        if (row.Status != Pending)
        {
            return new InvalidError([Diagnostic.ForField(null, "status", $"objection {id} is {row.Status}; it was decided already")]);
        }

        var before = Snapshot(row);
        var upheld = decision == "uphold";
        row.Status = upheld ? "upheld" : "rejected";
        row.DecisionNote = request.Note.Trim();
        row.DecidedAt = time.GetUtcNow();
        row.Version++;
        if (upheld)
        {
            var finding = await db.SpotCheckFindings.SingleAsync(f => f.Id == row.FindingId, ct).ConfigureAwait(false);
            var findingBefore = new { finding.SetAsideBy };
            finding.SetAsideBy = row.Id;
            finding.Version++;
            audit.Record(db, caller, "finding", finding.Id, "set-aside", finding.ProcessorId, finding.ZoneGroupId, findingBefore, new { finding.SetAsideBy });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        row.RatingAfterDecision = Label(await ratings.RateAsync(row.ProcessorId, ct).ConfigureAwait(false));
        audit.Record(db, caller, Entity, row.Id, upheld ? "uphold" : "reject", row.ProcessorId, row.ZoneGroupId, before, Snapshot(row));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(row, await UsccAsync(row.ProcessorId, ct).ConfigureAwait(false));
    }

    private IQueryable<RatingObjection> Visible(Caller caller) => caller switch
    {
        { IsEnterprise: true } => db.RatingObjections.AsNoTracking().Where(o => o.ProcessorId == caller.ProcessorId),
        { IsOfficer: true } => db.RatingObjections.AsNoTracking().Where(o => o.ZoneGroupId == caller.ZoneGroupId),
        { IsCity: true } => db.RatingObjections.AsNoTracking(),
        _ => db.RatingObjections.Where(_ => false),
    };

    private async Task<string> NextIdAsync(CancellationToken ct)
    {
        var start = "RO-" + RegulatoryCalendar.Today(time).Year.ToString(CultureInfo.InvariantCulture) + "-";
        var last = await db.RatingObjections.Where(o => o.Id.StartsWith(start)).OrderByDescending(o => o.Id).Select(o => o.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var next = last is null ? 1 : int.Parse(last.AsSpan(start.Length), NumberStyles.None, CultureInfo.InvariantCulture) + 1;
        return start + next.ToString("0000", CultureInfo.InvariantCulture);
    }

    private static NotFoundError NotFound(string id) => new($"objection {id} not found");

    private async Task<string> UsccAsync(int processorId, CancellationToken ct) =>
        await db.Processors.Where(p => p.Id == processorId).Select(p => p.Uscc).SingleAsync(ct).ConfigureAwait(false);

    private static string Label(Rating rating) => rating.Class + " " + rating.Score.ToString(CultureInfo.InvariantCulture);

    private static object Snapshot(RatingObjection o) => new { o.FindingId, o.Status, o.Reason, o.ObjectionDeadline, o.ReviewDeadline, o.RatingWhenFiled, o.RatingAfterDecision, o.DecisionNote };

    private RatingObjectionView ToView(RatingObjection o, string uscc) => new(
        o.Id, uscc, o.FindingId, o.Reason, o.FiledAt, o.NotifiedOn, o.ObjectionDeadline, o.ReviewDeadline,
        o.Status == Pending && RegulatoryCalendar.Today(time) > o.ReviewDeadline,
        o.Status, o.RatingWhenFiled, o.RatingAfterDecision, o.DecisionNote, o.DecidedAt, Clocks);
}
