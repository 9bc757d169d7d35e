using System.Globalization;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Applications;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Audit;
using Chujing.Web.Filings;
using Chujing.Web.Processors;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Applications;

/// <summary>
/// Applications to use the negative list (负面清单使用申请): a processor applies, its zone group approves (the
/// processor may then rely on the list, which the assessment reads as <c>listApproved</c>) or rejects.
/// </summary>
public sealed class ListApplicationService(ChujingDbContext db, ListZones zones, AuditLog audit, FilingService filings, ProcessorCache processors, TimeProvider time)
{
    private const string Entity = "list-application";

    public async Task<IReadOnlyList<ListApplicationView>> ListAsync(Caller caller, CancellationToken ct) =>
        [.. (await db.ListApplications.AsNoTracking().Include(a => a.Processor).VisibleTo(caller)
            .OrderByDescending(a => a.Id).ToListAsync(ct).ConfigureAwait(false)).Select(ToView)];

    public async Task<Result<ListApplicationView>> SubmitAsync(Caller caller, ListApplicationRequest request, CancellationToken ct)
    {
        var problems = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(request.ListEdition) || !request.ListEdition.Contains('/', StringComparison.Ordinal))
        {
            problems.Add(Diagnostic.ForField(null, "listEdition", "an edition id such as beijing-ftz/2024 is required"));
        }
        else if (zones.Refusal(request.ListEdition) is { } otherZone)
        {
            problems.Add(otherZone);
        }
        else if (zones.NotAList(request.ListEdition) is { } notAList)
        {
            problems.Add(notAList);
        }
        else
        {
            var edition = request.ListEdition.Trim();
            var pending = await db.ListApplications.AsNoTracking()
                .Where(a => a.ProcessorId == caller.ProcessorId && a.ListEdition == edition && a.Status != ListApplicationStatus.Rejected)
                .Select(a => (ListApplicationStatus?)a.Status).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (pending is { } status)
            {
                problems.Add(Diagnostic.ForField(null, "listEdition", status == ListApplicationStatus.Approved
                    ? $"you are already approved to use {edition}"
                    : $"your application for {edition} is still awaiting a decision"));
            }
        }

        if (string.IsNullOrWhiteSpace(request.Statement))
        {
            problems.Add(Diagnostic.ForField(null, "statement", "say which business in the zone needs the list"));
        }

        InputLimits.CheckLength(problems, request.ListEdition, "listEdition", InputLimits.Identifier);
        InputLimits.CheckLength(problems, request.Statement, "statement", InputLimits.Text);

        if (problems.Count > 0)
        {
            return Result<ListApplicationView>.Failure(problems);
        }

        var processor = await db.Processors.SingleAsync(p => p.Id == caller.ProcessorId, ct).ConfigureAwait(false);
        var application = new ListApplication
        {
            ProcessorId = processor.Id,
            Processor = processor,
            ZoneGroupId = processor.ZoneGroupId,
            Status = ListApplicationStatus.Submitted,
            ListEdition = request.ListEdition!.Trim(),
            Statement = request.Statement!.Trim(),
            SubmittedAt = time.GetUtcNow(),
        };

        // The id exists only after the insert, so the audit entry needs a second save: one transaction keeps them together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        db.ListApplications.Add(application);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        audit.Record(db, caller, Entity, application.Id.ToString(CultureInfo.InvariantCulture), "submit", processor.Id, processor.ZoneGroupId, null, ToView(application));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return ToView(application);
    }

    /// <summary>Approves or rejects (<paramref name="approve"/>); a rejection needs a note; an application is decided once.</summary>
    public async Task<Result<ListApplicationView>> DecideAsync(Caller caller, int id, bool approve, string? note, CancellationToken ct)
    {
        var application = await db.ListApplications.Include(a => a.Processor).VisibleTo(caller).SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false);
        if (application is null)
        {
            return new NotFoundError($"application {id} does not exist or is not visible to you");
        }

        if (application.Status != ListApplicationStatus.Submitted)
        {
            return Result<ListApplicationView>.Failure(Diagnostic.ForField(null, "decision", $"the application was already decided ({application.Status.ToString().ToLowerInvariant()})"));
        }

        var noteProblems = new List<Diagnostic>();
        InputLimits.CheckLength(noteProblems, note, "note", InputLimits.Text);
        if (noteProblems.Count > 0)
        {
            return Result<ListApplicationView>.Failure(noteProblems);
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            return Result<ListApplicationView>.Failure(Diagnostic.ForField(DiagnosticKind.Required, null, "note", "a rejection needs a note that says why"));
        }

        var before = ToView(application);
        application.Status = approve ? ListApplicationStatus.Approved : ListApplicationStatus.Rejected;
        application.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        application.DecidedAt = time.GetUtcNow();
        if (approve)
        {
            application.Processor!.ListApproved = true;
        }

        audit.Record(db, caller, Entity, id.ToString(CultureInfo.InvariantCulture), approve ? "approve" : "reject", application.ProcessorId, application.ZoneGroupId, before, ToView(application));
        await using (var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            if (approve)
            {
                // Gateway checks read the processor from memory: every node drops its copy with this change.
                await ProcessorCache.StageChangeAsync(db, application.ProcessorId, application.DecidedAt.Value, ct).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        if (approve)
        {
            processors.Changed(application.ProcessorId);
            // The approval is an input of every decision under the list ("listApproved"): decide the filings again.
            await filings.ReassessAsync(application.ProcessorId, ct).ConfigureAwait(false);
        }

        return ToView(application);
    }

    private static ListApplicationView ToView(ListApplication a) =>
        new(a.Id, a.Processor?.Uscc ?? string.Empty, a.Processor?.Name ?? string.Empty, a.ZoneGroupId, a.Status, a.ListEdition, a.Statement, a.DecisionNote, a.SubmittedAt, a.DecidedAt);
}
