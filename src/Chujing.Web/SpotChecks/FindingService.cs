using Chujing.Domain.Calendar;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Domain.SpotChecks;
using Chujing.Persistence;
using Chujing.Persistence.SpotChecks;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Chujing.Web.Filings;
using Microsoft.EntityFrameworkCore;
using Chujing.Domain.Text;

namespace Chujing.Web.SpotChecks;

/// <summary>
/// Findings and their rectification: the enterprise answers with root cause, measures and attachments; the officer
/// accepts (a serious finding then waits for a clean re-check sample), reopens, or escalates (which may suspend or
/// revoke the filing; an escalated finding is still answered by a rectification, whose acceptance lets the officer lift
/// a suspension). Each step is saved with its audit entry.
/// </summary>
public sealed class FindingService(ChujingDbContext db, FilingService filings, AuditLog audit, Notifications.Notifier notifier, TimeProvider time)
{
    private const string Entity = "finding";
    private const int MaxText = 4000;

    /// <summary>What a finding can lead to, labelled by what grounds it.</summary>
    public static IReadOnlyList<ConsequenceView> Consequences { get; } =
    [
        new("责令限期整改 · order to rectify within a deadline", "《个人信息保护法》第六十六条（责令改正）· PIPL art. 66", "legal-text"),
        new("整改期限 20 个工作日 · 20 working days to rectify", "参照《药品检查管理办法（试行）》的 20 个工作日 · after NMPA's drug-inspection measures", "platform-policy"),
        new("暂停或撤销备案 · suspend or revoke the filing", "平台政策：负面清单管理办法的相关措辞尚未找到；类比认证办法征求意见稿第十三条 · platform policy: the list's management measures' wording not yet found; analogue: draft certification measures art. 13", "platform-policy"),
        new("信用评级与抽查权重 · rating and sampling weight", "平台政策：公开的" + RatingModel.Label(RatingModel.Version, english: false) + " · platform policy: the published model, " + RatingModel.Label(RatingModel.Version, english: true), "platform-policy"),
    ];

    public async Task<IReadOnlyList<FindingView>> ListAsync(Caller caller, string? status, CancellationToken ct)
    {
        var query = Visible(caller);
        if (status is not null)
        {
            query = query.Where(f => f.Status == status);
        }

        var rows = await query.OrderByDescending(f => f.Id).Take(1000).ToListAsync(ct).ConfigureAwait(false);
        var usccs = await db.Processors.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Uscc, ct).ConfigureAwait(false);
        return [.. rows.Select(r => ToView(r, usccs[r.ProcessorId]))];
    }

    public async Task<Result<FindingView>> GetAsync(Caller caller, string id, CancellationToken ct)
    {
        var row = await Visible(caller).SingleOrDefaultAsync(f => f.Id == id, ct).ConfigureAwait(false);
        return row is null ? NotFound(id) : ToView(row, await UsccAsync(row.ProcessorId, ct).ConfigureAwait(false));
    }

    /// <summary>The enterprise's rectification: root cause and measures (required), attachments named by hash.</summary>
    public async Task<Result<FindingView>> RectifyAsync(Caller caller, string id, RectificationRequest request, CancellationToken ct)
    {
        if (await TrackedAsync(caller, id, ct).ConfigureAwait(false) is not { } row)
        {
            return NotFound(id);
        }

        var problems = new List<Diagnostic>();
        Require(problems, "rootCause", request.RootCause);
        Require(problems, "measures", request.Measures);
        var attachments = request.Attachments ?? [];
        if (attachments.Count > 20 || attachments.Any(a => string.IsNullOrWhiteSpace(a?.Name) || a.Name.Length > 200 || a.Sha256 is null || !LowerHex.Is(a.Sha256, 64) || a.Bytes is not >= 0))
        {
            problems.Add(Diagnostic.ForField(null, "attachments", "at most 20 attachments, each with a name (at most 200 characters), sha256 (64 lower-case hex digits) and bytes (≥ 0)"));
        }

        if (row.Status is not (SpotCheckStatus.Open or SpotCheckStatus.Escalated))
        {
            problems.Add(Diagnostic.ForField(null, "status", $"finding {id} is {row.Status}; a rectification answers an open or escalated finding"));
        }

        if (problems.Count > 0)
        {
            return new InvalidError(problems);
        }

        var before = Snapshot(row);
        row.RootCause = request.RootCause!.Trim();
        row.Measures = request.Measures!.Trim();
        row.AttachmentsJson = JsonSerializer.Serialize(attachments, PlatformJson.Options);
        row.SubmittedAt = time.GetUtcNow();
        row.Status = SpotCheckStatus.RectificationSubmitted;
        row.Version++;
        audit.Record(db, caller, Entity, id, "rectify", row.ProcessorId, row.ZoneGroupId, before, Snapshot(row));
        await notifier.ToZoneGroupAsync(row.ZoneGroupId, Notifications.NotificationTexts.FindingRectified(id, row.FilingId), ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(row, await UsccAsync(row.ProcessorId, ct).ConfigureAwait(false));
    }

    /// <summary><c>accept</c>, <c>reopen</c> or <c>escalate</c> by an officer of the finding's zone group.</summary>
    public async Task<Result<FindingView>> DecideAsync(Caller caller, string id, string decision, FindingDecisionRequest request, CancellationToken ct)
    {
        if (await TrackedAsync(caller, id, ct).ConfigureAwait(false) is not { } row)
        {
            return NotFound(id);
        }

        if (request.Note is { Length: > 2000 })
        {
            return Invalid("note", "at most 2000 characters");
        }

        var before = Snapshot(row);
        (bool Allowed, string To)? move = decision switch
        {
            "accept" => (row.Status == SpotCheckStatus.RectificationSubmitted, row.Severity == "serious" ? SpotCheckStatus.RecheckPending : SpotCheckStatus.Closed),
            "reopen" => (row.Status is SpotCheckStatus.RectificationSubmitted or SpotCheckStatus.RecheckPending, SpotCheckStatus.Open),
            "escalate" => (row.Status is not (SpotCheckStatus.Closed or SpotCheckStatus.Escalated), SpotCheckStatus.Escalated),
            _ => null,
        };
        if (move is not { } possible)
        {
            return Invalid("action", $"'{decision}' is not accept, reopen or escalate");
        }

        var (allowed, to) = possible;
        if (!allowed)
        {
            return Invalid("status", $"finding {id} is {row.Status}; '{decision}' is not possible from there");
        }

        if (decision == "reopen" && string.IsNullOrWhiteSpace(request.Note))
        {
            return Invalid("note", "say why the rectification is not enough");
        }

        if (request.FilingAction is not (null or "suspend" or "revoke") || (request.FilingAction is not null && decision != "escalate"))
        {
            return Invalid("filingAction", "an escalation may 'suspend' or 'revoke' the filing; nothing else is possible here");
        }

        row.Status = to;
        row.Note = request.Note?.Trim();
        row.Escalated |= decision == "escalate";
        row.ClosedAt = to == SpotCheckStatus.Closed ? time.GetUtcNow() : null;
        row.Version++;
        audit.Record(db, caller, Entity, id, decision, row.ProcessorId, row.ZoneGroupId, before, Snapshot(row));
        await notifier.ToProcessorAsync(row.ProcessorId, Notifications.NotificationTexts.FindingDecided(id, row.FilingId, decision, row.Note, request.FilingAction), ct).ConfigureAwait(false);
        if (request.FilingAction is { } filingAction)
        {
            // Saves the finding, both audit entries and the filing's suspension or revocation together; a filing the
            // state machine cannot move (e.g. already revoked) refuses the whole escalation.
            var action = filingAction == "suspend" ? FilingAction.Suspend : FilingAction.Revoke;
            var acted = await filings.ActAsync(caller, row.FilingId, action, "抽验问题升级 · escalated finding " + id + (row.Note is null ? string.Empty : ": " + row.Note), null, ct).ConfigureAwait(false);
            if (acted.Error is { } refused)
            {
                // Nothing of the escalation stays staged in this unit of work.
                db.ChangeTracker.Clear();
                return refused;
            }
        }
        else
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return ToView(row, await UsccAsync(row.ProcessorId, ct).ConfigureAwait(false));
    }

    private IQueryable<SpotCheckFinding> Visible(Caller caller) => caller switch
    {
        { IsEnterprise: true } => db.SpotCheckFindings.AsNoTracking().Where(f => f.ProcessorId == caller.ProcessorId),
        { IsOfficer: true } => db.SpotCheckFindings.AsNoTracking().Where(f => f.ZoneGroupId == caller.ZoneGroupId),
        { IsCity: true } => db.SpotCheckFindings.AsNoTracking(),
        _ => db.SpotCheckFindings.Where(_ => false),
    };

    /// <summary>The finding to change, or null when the caller may not change it (another tenant, the city).</summary>
    private async Task<SpotCheckFinding?> TrackedAsync(Caller caller, string id, CancellationToken ct)
    {
        var row = await db.SpotCheckFindings.SingleOrDefaultAsync(f => f.Id == id, ct).ConfigureAwait(false);
        var visible = row is not null && caller switch
        {
            { IsEnterprise: true } => row.ProcessorId == caller.ProcessorId,
            { IsOfficer: true } => row.ZoneGroupId == caller.ZoneGroupId,
            _ => false,
        };
        return visible ? row : null;
    }

    private static NotFoundError NotFound(string id) => new($"finding {id} not found");

    private static InvalidError Invalid(string field, string message) => new([Diagnostic.ForField(null, field, message)]);

    private static void Require(List<Diagnostic> problems, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(Diagnostic.ForField(null, field, "is required"));
        }
        else if (text.Length > MaxText)
        {
            problems.Add(Diagnostic.ForField(null, field, $"at most {MaxText} characters"));
        }
    }

    private async Task<string> UsccAsync(int processorId, CancellationToken ct) =>
        await db.Processors.Where(p => p.Id == processorId).Select(p => p.Uscc).SingleAsync(ct).ConfigureAwait(false);

    private static object Snapshot(SpotCheckFinding f) => new { f.Status, f.RootCause, f.Measures, f.Note, f.Escalated, f.ClosedAt };

    private FindingView ToView(SpotCheckFinding f, string uscc) => new(
        f.Id, f.SpotCheckId, f.FilingId, uscc, f.Leaf, f.Kind, f.Severity, f.Path, f.Detail, f.Basis, f.Status, f.OpenedAt, f.Deadline,
        f.DeadlineProvisional,
        f.Status is SpotCheckStatus.Open ? WorkingDayCalendar.China.WorkingDaysBetween(RegulatoryCalendar.Today(time), f.Deadline) : 0,
        f.RootCause, f.Measures,
        f.AttachmentsJson is null ? null : JsonSerializer.Deserialize<List<AttachmentBody>>(f.AttachmentsJson, PlatformJson.Options),
        f.SubmittedAt, f.Note, f.ClosedAt, f.Escalated, f.RecheckId, Consequences, f.SetAsideBy);
}
