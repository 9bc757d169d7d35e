using System.Globalization;
using Chujing.Domain.Assessment;
using Chujing.Domain.Calendar;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Filings;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Applications;
using Chujing.Web.Assessment;
using Chujing.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Filings;

/// <summary>
/// Filings for the API and the pages alike: reads scoped to the caller's tenant, drafts and amendments validated by
/// <see cref="FilingContent"/> and assessed by the engine, state changes decided by <see cref="FilingStateMachine"/>,
/// each change saved with its audit entry in one transaction.
/// </summary>
public sealed partial class FilingService(ChujingDbContext db, Assessor assessor, ListZones zones, AuditLog audit, Notifications.Notifier notifier, TimeProvider time, CatalogNames names)
{
    private const string Entity = "filing";
    private const int MaxIdAttempts = 5;

    /// <summary>The filings <paramref name="caller"/> may see, newest first, optionally in one status.</summary>
    public async Task<IReadOnlyList<FilingView>> ListAsync(Caller caller, FilingStatus? status, CancellationToken ct)
    {
        var query = db.Filings.AsNoTracking().Include(f => f.Processor).VisibleTo(caller);
        if (status is { } s)
        {
            query = query.Where(f => f.Status == s);
        }

        var rows = await query.OrderByDescending(f => f.Id.Length).ThenByDescending(f => f.Id).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(f => ToView(f, caller))];
    }

    /// <summary>One filing; not found when it does not exist or the caller may not see it.</summary>
    public async Task<Result<FilingView>> GetAsync(Caller caller, string id, CancellationToken ct) =>
        await FindAsync(caller, id, tracking: false, ct).ConfigureAwait(false) is { } filing ? ToView(filing, caller) : NotFound(id);

    /// <summary>Creates a draft for the caller's processor.</summary>
    public async Task<Result<FilingView>> CreateAsync(Caller caller, FilingRequest request, CancellationToken ct)
    {
        var processor = await db.Processors.SingleAsync(p => p.Id == caller.ProcessorId, ct).ConfigureAwait(false);
        var content = Validate(request);
        if (!content.IsSuccess)
        {
            return content.Error!;
        }

        var now = time.GetUtcNow();
        var filing = new Filing
        {
            ProcessorId = processor.Id,
            Processor = processor,
            ZoneGroupId = processor.ZoneGroupId,
            Status = FilingStatus.Draft,
            CreatedAt = now,
            Version = 1,
        };
        if (await ApplyAsync(filing, request.Title, content.Value, processor, now, ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        for (var attempt = 0; ; attempt++)
        {
            filing.Id = await NextIdAsync(ct).ConfigureAwait(false);
            db.Filings.Add(filing);
            audit.Record(db, caller, Entity, filing.Id, "create", filing.ProcessorId, filing.ZoneGroupId, null, Snapshot(filing));
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                return ToView(filing, caller);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Another draft took the same number: take the next one. Any other database error is not retried.
                if (attempt >= MaxIdAttempts)
                {
                    return new ConflictError($"no free filing id after {MaxIdAttempts + 1} attempts; other filings are being created");
                }

                db.ChangeTracker.Clear();
                db.Attach(processor);
            }
        }
    }

    /// <summary>Changes the content (a draft, a returned filing, or an approved one, which reopens it as a draft).</summary>
    public async Task<Result<FilingView>> AmendAsync(Caller caller, string id, FilingRequest request, CancellationToken ct)
    {
        if (await FindAsync(caller, id, tracking: true, ct).ConfigureAwait(false) is not { } filing)
        {
            return NotFound(id);
        }

        var transition = Decide(caller, filing, FilingAction.Amend, null, request.Version);
        if (!transition.IsSuccess)
        {
            return transition.Error!;
        }

        var content = Validate(request);
        if (!content.IsSuccess)
        {
            return content.Error!;
        }

        var before = Snapshot(filing);
        if (await ApplyAsync(filing, request.Title, content.Value, filing.Processor!, time.GetUtcNow(), ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        filing.Status = transition.Value.To;
        filing.Version++;
        audit.Record(db, caller, Entity, filing.Id, "amend", filing.ProcessorId, filing.ZoneGroupId, before, Snapshot(filing));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(filing, caller);
    }

    /// <summary>
    /// What <see cref="CreateAsync"/> and <see cref="AmendAsync"/> would refuse in <paramref name="request"/>'s content
    /// (missing values, limits, dates, list zone), without saving or assessing anything: for a form that must report
    /// every problem in one submission although some of its values could not be read.
    /// </summary>
    public IReadOnlyList<Diagnostic> ContentProblems(FilingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(request).Diagnostics;
    }

    private Result<FilingContent> Validate(FilingRequest request)
    {
        var problems = new List<Diagnostic>();
        if (request.ValidUntil is { } until && until < RegulatoryCalendar.Today(time))
        {
            problems.Add(PastValidity(until));
        }

        var pastValidity = problems.Count > 0;
        InputLimits.CheckLength(problems, request.Title, "title", InputLimits.Title);
        if (zones.Refusal(request.ListEdition) is { } otherZone)
        {
            problems.Add(otherZone);
        }

        var result = FilingContent.Create(
            request.ListEdition,
            request.Scenario,
            request.Fields,
            request.Recipients?.Select(r => new FilingRecipient(r?.Name ?? string.Empty, r?.Country ?? string.Empty)).ToList(),
            request.Purpose,
            request.ImportantData,
            request.Persons?.Personal,
            request.Persons?.Sensitive,
            request.RetentionMonths,
            request.SecurityMeasures,
            request.ValidFrom,
            request.ValidUntil);

        // The content's own "validUntil before validFrom" says nothing new when the last day has already passed.
        problems.AddRange(result.IsSuccess ? [] : result.Diagnostics.Where(d => !pastValidity || d.Subject != "validUntil"));
        return problems.Count > 0 ? Result<FilingContent>.Failure(problems) : result;
    }

    /// <summary>A filing whose last valid day has passed covers nothing: it cannot be drafted, submitted or approved.</summary>
    private static Diagnostic PastValidity(DateOnly until) =>
        Diagnostic.ForField(null, "validUntil", "the validity already ended on " + until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "; choose a last valid day from today on");

    /// <summary>Writes the content and its decision onto the filing; the engine's refusal (an unknown id) when it has one.</summary>
    private async Task<Error?> ApplyAsync(Filing filing, string? title, FilingContent content, Processor processor, DateTimeOffset now, CancellationToken ct)
    {
        // The decision belongs to the content and the processor's year: re-made on every change, so that what is filed
        // is what was assessed, and an export split over filings is counted whole.
        var year = await YearCountsAsync(processor.Id, filing.Id.Length == 0 ? null : filing.Id, ct).ConfigureAwait(false);
        var listApproved = await ListApprovals.IsApprovedAsync(db, processor.Id, content.ListEdition, ct).ConfigureAwait(false);
        var decision = assessor.IsAvailable ? Assess(content, processor, listApproved, year) : null;
        if (decision is { IsSuccess: false })
        {
            return decision.Error;
        }

        filing.Title = string.IsNullOrWhiteSpace(title) ? content.Scenario : title.Trim();
        filing.ListEdition = content.ListEdition;
        filing.Scenario = content.Scenario;
        filing.Fields = [.. content.Fields];
        filing.Recipients = [.. content.Recipients.Select(r => new FilingRecipientRow { Name = r.Name, Country = r.Country })];
        filing.Purpose = content.Purpose;
        filing.ImportantData = content.ImportantData;
        filing.PersonsPersonal = content.PersonsPersonal;
        filing.PersonsSensitive = content.PersonsSensitive;
        filing.RetentionMonths = content.RetentionMonths;
        filing.SecurityMeasures = content.SecurityMeasures;
        filing.ValidFrom = content.ValidFrom;
        filing.ValidUntil = content.ValidUntil;
        filing.UpdatedAt = now;
        if (decision is not null)
        {
            Store(filing, decision.Value, year, now);
        }

        return null;
    }

    /// <summary>
    /// The next id of the Beijing year: <c>F-2026-0001</c>, …, <c>F-2026-9999</c>, <c>F-2026-10000</c>. Numbers have at
    /// least four digits, so ordering by length, then by text, is ordering by number (as text, 9999 sorts after 10000).
    /// </summary>
    private async Task<string> NextIdAsync(CancellationToken ct)
    {
        var prefix = "F-" + RegulatoryCalendar.Now(time).Year.ToString(CultureInfo.InvariantCulture) + "-";
        var last = await db.Filings.Where(f => f.Id.StartsWith(prefix))
            .OrderByDescending(f => f.Id.Length).ThenByDescending(f => f.Id)
            .Select(f => f.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var next = last is null ? 1 : long.Parse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture) + 1;
        return prefix + next.ToString("0000", CultureInfo.InvariantCulture);
    }

    private static NotFoundError NotFound(string id) => new($"filing '{id}' does not exist or is not visible to you");

    private async Task<Filing?> FindAsync(Caller caller, string id, bool tracking, CancellationToken ct)
    {
        var query = db.Filings.Include(f => f.Processor).VisibleTo(caller);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return await query.SingleOrDefaultAsync(f => f.Id == id, ct).ConfigureAwait(false);
    }

    /// <summary>The filing as the audit log keeps it: the content and state, without the bulky decision (its pathway stays).</summary>
    internal static FilingView Snapshot(Filing f) => ToView(f, null) with { Assessment = null, Basis = [] };

    internal static FilingView ToView(Filing f, Caller? caller) => new(
        f.Id,
        f.Status,
        f.Processor?.Uscc ?? string.Empty,
        f.Processor?.Name ?? string.Empty,
        f.ZoneGroupId,
        f.Title,
        f.ListEdition,
        f.Scenario,
        f.Fields,
        [.. f.Recipients.Select(r => new RecipientBody(r.Name, r.Country))],
        f.Purpose,
        f.ImportantData,
        new PersonsBody(f.PersonsPersonal, f.PersonsSensitive),
        new PersonsBody(f.YearPersonal, f.YearSensitive),
        f.RetentionMonths,
        f.SecurityMeasures,
        f.ValidFrom,
        f.ValidUntil,
        f.Pathway,
        FilingDecisions.Views(f),
        f.DecisionJson is null ? null : new ArchivedJson(f.DecisionJson),
        f.ReviewNote,
        f.CreatedAt,
        f.UpdatedAt,
        f.SubmittedAt,
        f.DecidedAt,
        f.OutOfDate,
        f.ReassessedPathway,
        f.Status == FilingStatus.Approved ? PathwayRequirement.Of(f.Pathway) : null,
        f.PathwayReference,
        f.PathwayDate,
        f.Version,
        caller?.FilingActor is { } actor ? FilingStateMachine.AllowedActions(f.Status, actor) : []);
}
