using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Domain.Identifiers;
using Chujing.Persistence;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Processors;

/// <summary>
/// Registration of processors with a zone group: the USCC is validated as the evidence ledger validates it (GB 32100
/// check character, an assigned authority and division) and must be unique; officers register in their own group only, the city in any.
/// </summary>
public sealed class ProcessorService(ChujingDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>The processors <paramref name="caller"/> may see, in registration order.</summary>
    public async Task<IReadOnlyList<ProcessorView>> ListAsync(Caller caller, CancellationToken ct) =>
        [.. (await db.Processors.AsNoTracking().VisibleTo(caller).OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false)).Select(ProcessorEndpoints.ToView)];

    public async Task<Result<ProcessorView>> RegisterAsync(Caller caller, ProcessorRequest request, CancellationToken ct)
    {
        var zone = request.ZoneGroup ?? caller.ZoneGroupId;
        if (caller.IsOfficer && zone != caller.ZoneGroupId)
        {
            return new ForbiddenError("an officer registers processors in their own zone group only");
        }

        var problems = new List<Diagnostic>();
        var uscc = request.Uscc?.Trim().ToUpperInvariant() ?? string.Empty;
        // The ledger's own rule: a processor registered here is one whose export events the ledger accepts.
        if (Uscc.Validate(uscc, "uscc") is { } refused)
        {
            problems.Add(refused);
        }
        else if (await db.Processors.AnyAsync(p => p.Uscc == uscc, ct).ConfigureAwait(false))
        {
            problems.Add(Diagnostic.ForField(null, "uscc", $"{uscc} is already registered"));
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            problems.Add(Diagnostic.ForField(null, "name", "the processor's name is required"));
        }

        if (string.IsNullOrWhiteSpace(request.ContactEmail) || !request.ContactEmail.Contains('@', StringComparison.Ordinal))
        {
            problems.Add(Diagnostic.ForField(null, "contactEmail", "a contact e-mail address is required"));
        }

        InputLimits.CheckLength(problems, request.Name, "name", InputLimits.Name);
        InputLimits.CheckLength(problems, request.ContactName, "contactName", InputLimits.Name);
        InputLimits.CheckLength(problems, request.ContactEmail, "contactEmail", InputLimits.Contact);
        InputLimits.CheckLength(problems, request.ContactPhone, "contactPhone", InputLimits.Contact);
        if (zone is null || !await db.ZoneGroups.AnyAsync(z => z.Id == zone, ct).ConfigureAwait(false))
        {
            problems.Add(Diagnostic.ForField(null, "zoneGroup", $"'{zone}' is not a zone group", string.Join(", ", ZoneGroup.Beijing.Select(z => z.Id))));
        }

        if (problems.Count > 0)
        {
            return Result<ProcessorView>.Failure(problems);
        }

        var processor = new Processor
        {
            Uscc = uscc,
            Name = request.Name!.Trim(),
            ZoneGroupId = zone!,
            Ciio = request.Ciio,
            ContactName = request.ContactName?.Trim() ?? string.Empty,
            ContactEmail = request.ContactEmail!.Trim(),
            ContactPhone = request.ContactPhone?.Trim() ?? string.Empty,
            RegisteredAt = time.GetUtcNow(),
        };
        // The id exists only after the insert, so the audit entry needs a second save: one transaction keeps them together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        db.Processors.Add(processor);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        audit.Record(db, caller, "processor", processor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "register", processor.Id, processor.ZoneGroupId, null, ProcessorEndpoints.ToView(processor));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return ProcessorEndpoints.ToView(processor);
    }
}
