using Chujing.Domain.Calendar;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Persistence.Filings;
using Chujing.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Filings;

/// <summary>State changes: submit, review decisions, suspension and its lifting, revocation, expiry.</summary>
public sealed partial class FilingService
{
    /// <summary>
    /// Performs <paramref name="action"/> (not <see cref="FilingAction.Amend"/>, which carries content). A move the
    /// state machine refuses is a 422 naming <c>action</c> or <c>note</c>; a caller whose role cannot act on filings
    /// never gets here (403 by permission).
    /// </summary>
    public async Task<Result<FilingView>> ActAsync(Caller caller, string id, FilingAction action, string? note, int? version, CancellationToken ct)
    {
        if (action is FilingAction.Amend or FilingAction.Expire)
        {
            return Result<FilingView>.Failure(Diagnostic.ForField(null, "action", $"'{FilingNames.Of(action)}' cannot be requested this way"));
        }

        var noteProblems = new List<Diagnostic>();
        InputLimits.CheckLength(noteProblems, note, "note", InputLimits.Text);
        if (noteProblems.Count > 0)
        {
            return Result<FilingView>.Failure(noteProblems);
        }

        if (await FindAsync(caller, id, tracking: true, ct).ConfigureAwait(false) is not { } filing)
        {
            return NotFound(id);
        }

        var transition = Decide(caller, filing, action, note, version);
        if (!transition.IsSuccess)
        {
            return transition.Error!;
        }

        if (action is FilingAction.Submit or FilingAction.Approve && filing.ValidUntil < RegulatoryCalendar.Today(time))
        {
            return Result<FilingView>.Failure(PastValidity(filing.ValidUntil));
        }

        if (action == FilingAction.Reinstate && await UnrectifiedFindingsAsync(filing.Id, ct).ConfigureAwait(false) is { Count: > 0 } unrectified)
        {
            return Result<FilingView>.Failure(Diagnostic.ForField(null, "action", $"the suspension is lifted once its findings are rectified and accepted; still open: {string.Join(", ", unrectified)}"));
        }

        var before = Snapshot(filing);
        var now = time.GetUtcNow();
        filing.Status = transition.Value.To;
        filing.UpdatedAt = now;
        filing.Version++;
        if (action == FilingAction.Submit)
        {
            // The officer's last note stays with the filing on resubmission: it is what the correction answers.
            filing.SubmittedAt = now;
        }
        else if (action != FilingAction.StartReview)
        {
            filing.DecidedAt = now;
            filing.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        }

        audit.Record(db, caller, "filing", filing.Id, FilingNames.Of(action), filing.ProcessorId, filing.ZoneGroupId, before, Snapshot(filing));
        await NotifyAsync(filing, action, filing.ReviewNote, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(filing, caller);
    }

    /// <summary>
    /// Records what the enterprise obtained for an approved filing's pathway (the CAC's result, the standard-contract
    /// filing number) with its date. Only for the processor's own approved filings whose pathway requires one.
    /// </summary>
    public async Task<Result<FilingView>> RecordPathwayAsync(Caller caller, string id, PathwayRecordBody body, CancellationToken ct)
    {
        if (await FindAsync(caller, id, tracking: true, ct).ConfigureAwait(false) is not { } filing)
        {
            return NotFound(id);
        }

        if (!caller.IsEnterprise)
        {
            return new ForbiddenError("only the enterprise records its pathway's result");
        }

        var problems = new List<Diagnostic>();
        if (filing.Status != FilingStatus.Approved || PathwayRequirement.Of(filing.Pathway) is null)
        {
            problems.Add(Diagnostic.ForField(null, "status", "a result is recorded for an approved filing whose pathway is a security assessment or a standard contract"));
        }

        var reference = body.Reference?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > 100)
        {
            problems.Add(Diagnostic.ForField(DiagnosticKind.Required, null, "reference", "the result's reference or the filing number is required (at most 100 characters)"));
        }

        if (body.Date is not { } date)
        {
            problems.Add(Diagnostic.ForField(DiagnosticKind.Required, null, "date", "the date is required (YYYY-MM-DD)"));
        }
        else if (date > RegulatoryCalendar.Today(time))
        {
            problems.Add(Diagnostic.ForField(null, "date", "must not be in the future"));
        }

        if (problems.Count > 0)
        {
            return Result<FilingView>.Failure(problems);
        }

        var before = Snapshot(filing);
        filing.PathwayReference = reference;
        filing.PathwayDate = body.Date;
        filing.UpdatedAt = time.GetUtcNow();
        filing.Version++;
        audit.Record(db, caller, "filing", filing.Id, "record-pathway", filing.ProcessorId, filing.ZoneGroupId, before, Snapshot(filing));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(filing, caller);
    }

    /// <summary>Moves every approved filing whose validity ended to expired; returns how many. Run by the platform itself.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct)
    {
        var today = RegulatoryCalendar.Today(time);
        var due = await db.Filings.Include(f => f.Processor)
            .Where(f => (f.Status == FilingStatus.Approved || f.Status == FilingStatus.Suspended) && f.ValidUntil < today)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var filing in due)
        {
            var before = Snapshot(filing);
            filing.Status = FilingStateMachine.Apply(filing.Status, FilingAction.Expire, FilingActor.System).Value.To;
            filing.UpdatedAt = time.GetUtcNow();
            filing.Version++;
            audit.Record(db, null, "filing", filing.Id, "expire", filing.ProcessorId, filing.ZoneGroupId, before, Snapshot(filing));
            await NotifyAsync(filing, FilingAction.Expire, null, ct).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return due.Count;
    }

    /// <summary>
    /// The spot-check findings of the filing whose rectification is not yet accepted (open, answered, escalated); a
    /// finding set aside by an upheld rating objection no longer holds the filing.
    /// </summary>
    private async Task<List<string>> UnrectifiedFindingsAsync(string filingId, CancellationToken ct) =>
        await db.SpotCheckFindings.AsNoTracking()
            .Where(f => f.FilingId == filingId && f.SetAsideBy == null && (f.Status == SpotChecks.SpotCheckStatus.Open || f.Status == SpotChecks.SpotCheckStatus.RectificationSubmitted || f.Status == SpotChecks.SpotCheckStatus.Escalated))
            .OrderBy(f => f.Id).Select(f => f.Id).Take(20).ToListAsync(ct).ConfigureAwait(false);

    private static Result<FilingTransition> Decide(Caller caller, Filing filing, FilingAction action, string? note, int? version)
    {
        if (caller.FilingActor is not { } actor)
        {
            return new ForbiddenError("filings are read-only for this account");
        }

        if (version is { } v && v != filing.Version)
        {
            return new ConflictError($"filing '{filing.Id}' is at version {filing.Version}, not {v}");
        }

        return FilingStateMachine.Apply(filing.Status, action, actor, note);
    }
}
