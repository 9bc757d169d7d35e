using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Persistence.Editions;
using Chujing.Persistence.Sessions;
using Chujing.Web.Access;

namespace Chujing.Web.Editions;

/// <summary>Approvals (art. 6) and publication.</summary>
public sealed partial class EditionService
{
    private const int MaxDocumentText = 100;

    /// <summary>Records the provincial approval or the national filing of a draft.</summary>
    public async Task<Result<EditionListEntry>> RecordApprovalAsync(Caller caller, string id, ApprovalRequest request, CancellationToken ct)
    {
        var found = await DraftAsync(caller, id, ct).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var row = found.Value;
        var problems = new List<Diagnostic>();
        var kind = ApprovalKinds.Parse(request.Kind?.Trim());
        if (kind is null)
        {
            problems.Add(Diagnostic.ForField(null, "kind", $"'{request.Kind}' is not one of {ApprovalKinds.ProvincialApproval}, {ApprovalKinds.NationalFiling}"));
        }

        Required(problems, "authority", request.Authority);
        Required(problems, "documentNumber", request.DocumentNumber);
        var today = RegulatoryCalendar.Today(time);
        if (request.Date is not { } date)
        {
            problems.Add(Diagnostic.ForField(null, "date", "the document's date (yyyy-mm-dd) is required"));
        }
        else if (date > today)
        {
            problems.Add(Diagnostic.ForField(null, "date", $"{date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}, China Standard Time)"));
        }
        else if (kind == EditionApprovalKind.NationalFiling && row.Approvals.Where(a => a.Kind == EditionApprovalKind.ProvincialApproval).Select(a => (DateOnly?)a.Date).Min() is { } approved && date < approved)
        {
            problems.Add(Diagnostic.ForField(null, "date", $"the national filing follows the provincial approval ({approved:yyyy-MM-dd})"));
        }

        else if (kind == EditionApprovalKind.NationalFiling && row.Approvals.All(a => a.Kind != EditionApprovalKind.ProvincialApproval))
        {
            problems.Add(Diagnostic.ForField(null, "kind", "record the provincial cyberspace commission's approval first: the list is filed nationally after it is approved (art. 6)"));
        }

        if (kind is { } recorded && row.Approvals.Any(a => a.Kind == recorded))
        {
            problems.Add(Diagnostic.ForField(null, "kind", $"the draft already records its {ApprovalKinds.ToName(recorded)}; each approval is recorded once"));
        }

        if (row.Approvals.Count >= EditionLimits.MaxApprovals)
        {
            problems.Add(Diagnostic.ForField(null, "kind", $"a draft records at most {EditionLimits.MaxApprovals} approvals"));
        }

        if (problems.Count > 0)
        {
            return Result<EditionListEntry>.Failure(problems);
        }

        var approval = new EditionApproval
        {
            EditionId = row.Id,
            Kind = kind!.Value,
            Authority = request.Authority!.Trim(),
            DocumentNumber = request.DocumentNumber!.Trim(),
            Date = request.Date!.Value,
            RecordedBy = caller.Email,
            RecordedAt = time.GetUtcNow(),
        };
        row.Approvals.Add(approval);
        row.Version++;
        audit.Record(db, caller, Entity, row.Id, "record-approval", null, null, null,
            new ApprovalView(ApprovalKinds.ToName(approval.Kind), approval.Authority, approval.DocumentNumber, approval.Date, approval.RecordedBy, approval.RecordedAt));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Entry(EditionText.Parse(row).ValueOrThrow(), row);
    }

    /// <summary>
    /// Publishes a draft from <see cref="PublishRequest.Effective"/> (today or later): it needs both approvals of
    /// art. 6, gets its content hash, never changes again, and the engine applies it from that day.
    /// </summary>
    public async Task<Result<EditionListEntry>> PublishAsync(Caller caller, string id, PublishRequest request, CancellationToken ct)
    {
        var found = await DraftAsync(caller, id, ct).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var row = found.Value;
        var problems = new List<Diagnostic>();
        var today = RegulatoryCalendar.Today(time);
        if (request.Effective is not { } effective)
        {
            problems.Add(Diagnostic.ForField(null, "effective", "the day the edition takes effect (yyyy-mm-dd) is required"));
        }
        else if (effective < today)
        {
            problems.Add(Diagnostic.ForField(null, "effective", $"{effective:yyyy-MM-dd} is before today ({today:yyyy-MM-dd}, China Standard Time); an edition takes effect today or later"));
        }

        foreach (var kind in new[] { EditionApprovalKind.ProvincialApproval, EditionApprovalKind.NationalFiling }.Where(k => row.Approvals.All(a => a.Kind != k)))
        {
            problems.Add(Diagnostic.ForField(null, "approvals", kind == EditionApprovalKind.ProvincialApproval
                ? "record the provincial cyberspace commission's approval first (省级网络安全和信息化委员会批准, art. 6)"
                : "record the filing with the national cyberspace and data authorities first (报国家网信部门、国家数据管理部门备案, art. 6)"));
        }

        if (problems.Count > 0)
        {
            return Result<EditionListEntry>.Failure(problems);
        }

        var draft = EditionText.Parse(row).ValueOrThrow() with { Effective = request.Effective!.Value, Issued = today };
        var (yaml, edition) = EditionText.Write(draft).ValueOrThrow();
        var set = CatalogSet.Create(catalogs.Shipped.Editions.Concat(catalogs.Published).Append(edition));
        if (!set.IsSuccess)
        {
            return Result<EditionListEntry>.Failure(set.Diagnostics);
        }

        var now = time.GetUtcNow();
        row.Yaml = yaml;
        row.ContentHash = edition.ContentHash;
        row.Effective = edition.Effective;
        row.Status = EditionStatus.Published;
        row.PublishedAt = now;
        row.PublishedBy = caller.Email;
        row.UpdatedAt = now;
        row.Version++;
        audit.Record(db, caller, Entity, row.Id, "publish", null, null, null, new { edition = row.Id, effective = edition.Effective, contentHash = edition.ContentHash });
        await NotifyAsync(row, edition, ct).ConfigureAwait(false);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            // Logged with the publication, so that every node reads the new edition within the revocation bound.
            await SessionRevocationLog.StageAsync(db, PlatformCatalogs.ChangeSubject, now, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        catalogs.Add(edition);
        return Entry(edition, row);
    }

    private static void Required(List<Diagnostic> problems, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(Diagnostic.ForField(null, field, "is required"));
        }
        else if (text.Trim().Length > MaxDocumentText)
        {
            problems.Add(Diagnostic.ForField(null, field, $"at most {MaxDocumentText} characters"));
        }
    }
}
