using System.Globalization;
using Chujing.Diagnostics;
using Chujing.Persistence;
using Chujing.Persistence.Applications;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Chujing.Web.Filings;
using Chujing.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Applications;

/// <summary>
/// <c>/api/applications</c>: a processor applies to use the negative list (负面清单使用申请); its zone group approves
/// (the processor may then rely on the list) or rejects.
/// </summary>
public static class ApplicationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/applications").WithTags("applications");
        applications.MapGet("/", async (ChujingDbContext db, HttpContext http, CancellationToken ct) =>
                (await db.ListApplications.AsNoTracking().Include(a => a.Processor).VisibleTo(Caller.From(http.User))
                    .OrderByDescending(a => a.Id).ToListAsync(ct).ConfigureAwait(false)).Select(ToView))
            .RequirePermission(Permissions.FilingsRead);
        applications.MapPost("/", SubmitAsync)
            .RequirePermission(Permissions.ApplicationsSubmit)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        applications.MapPost("/{id:int}/{decision:regex(^(approve|reject)$)}", DecideAsync)
            .RequirePermission(Permissions.ApplicationsDecide)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static ListApplicationView ToView(ListApplication a) =>
        new(a.Id, a.Processor?.Uscc ?? string.Empty, a.Processor?.Name ?? string.Empty, a.ZoneGroupId, a.Status, a.ListEdition, a.Statement, a.DecisionNote, a.SubmittedAt, a.DecidedAt);

    private static async Task<IResult> SubmitAsync(ListApplicationRequest request, ChujingDbContext db, AuditLog audit, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var problems = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(request.ListEdition) || !request.ListEdition.Contains('/', StringComparison.Ordinal))
        {
            problems.Add(Diagnostic.ForField(null, "listEdition", "an edition id such as beijing-ftz/2024 is required"));
        }

        if (string.IsNullOrWhiteSpace(request.Statement))
        {
            problems.Add(Diagnostic.ForField(null, "statement", "say which business in the zone needs the list"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        db.ListApplications.Add(application);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        audit.Record(db, caller, "list-application", application.Id.ToString(CultureInfo.InvariantCulture), "submit", processor.Id, processor.ZoneGroupId, null, ToView(application));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return Results.Created($"/api/applications/{application.Id}", ToView(application));
    }

    private static async Task<ListApplicationView> DecideAsync(int id, string decision, FilingActionBody? body, ChujingDbContext db, AuditLog audit, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await db.ListApplications.Include(a => a.Processor).VisibleTo(caller).SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false)
            ?? throw new ResourceNotFoundException($"application {id} does not exist or is not visible to you");
        if (application.Status != ListApplicationStatus.Submitted)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "decision", $"the application was already decided ({application.Status.ToString().ToLowerInvariant()})"));
        }

        if (decision == "reject" && string.IsNullOrWhiteSpace(body?.Note))
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "note", "a rejection needs a note that says why"));
        }

        var before = ToView(application);
        application.Status = decision == "approve" ? ListApplicationStatus.Approved : ListApplicationStatus.Rejected;
        application.DecisionNote = body?.Note?.Trim();
        application.DecidedAt = time.GetUtcNow();
        if (application.Status == ListApplicationStatus.Approved)
        {
            application.Processor!.ListApproved = true;
        }

        audit.Record(db, caller, "list-application", id.ToString(CultureInfo.InvariantCulture), decision, application.ProcessorId, application.ZoneGroupId, before, ToView(application));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(application);
    }
}
