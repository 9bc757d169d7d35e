using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Applications;
using Chujing.Persistence.Editions;
using Chujing.Web.Access;
using Chujing.Web.Filings;
using Chujing.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Editions;

/// <summary>
/// Notices of a published edition that changes what a filing needs: the enterprise sees its own on its dashboard and
/// moves the filing onto the new edition (an amendment, re-assessed under it); zone groups see who has not moved.
/// </summary>
public sealed class EditionNoticeService(ChujingDbContext db, PlatformCatalogs catalogs, FilingService filings, TimeProvider time)
{
    private const int MaxNotices = 500;

    /// <summary>The caller's notices (enterprise: its own; zone group: its processors'; city: all), open ones first.</summary>
    public async Task<IReadOnlyList<EditionNoticeView>> ListAsync(Caller caller, CancellationToken ct)
    {
        var rows = await Visible(caller).AsNoTracking().OrderBy(n => n.MovedAt != null).ThenByDescending(n => n.Id).Take(MaxNotices)
            .ToListAsync(ct).ConfigureAwait(false);
        var approved = await ApprovedAsync(rows, ct).ConfigureAwait(false);
        return [.. rows.Select(n => ToView(n, approved))];
    }

    /// <summary>Which (processor, edition) pairs of <paramref name="notices"/> that needed an application are approved by now.</summary>
    private async Task<HashSet<(int, string)>> ApprovedAsync(IReadOnlyCollection<EditionNotice> notices, CancellationToken ct)
    {
        var asking = notices.Where(n => n.NeedsApplication).ToList();
        if (asking.Count == 0)
        {
            return [];
        }

        var processors = asking.Select(n => n.ProcessorId).Distinct().ToList();
        var editions = asking.Select(n => n.EditionId).Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.ListApplications.AsNoTracking()
            .Where(a => processors.Contains(a.ProcessorId) && editions.Contains(a.ListEdition) && a.Status == ListApplicationStatus.Approved)
            .Select(a => new { a.ProcessorId, a.ListEdition }).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(a => (a.ProcessorId, a.ListEdition))];
    }

    /// <summary>
    /// Moves the notice's filing onto the published edition: the filing is amended through the ordinary amendment (so
    /// it is re-assessed under the new edition) and submitted to its zone group for review in the same transaction; the
    /// answer shows what changed between the two editions. An approved filing reopened so is not in force until its
    /// zone group approves it again (one approval per filing: the old approval does not stay in force meanwhile).
    /// </summary>
    public async Task<Result<EditionMove>> MoveAsync(Caller caller, long id, CancellationToken ct)
    {
        var notice = await Visible(caller).SingleOrDefaultAsync(n => n.Id == id, ct).ConfigureAwait(false);
        if (notice is null)
        {
            return new NotFoundError($"notice {id} does not exist or is not visible to you");
        }

        if (notice.MovedAt is not null)
        {
            return Result<EditionMove>.Failure(Diagnostic.ForField(null, "notice", $"filing {notice.FilingId} already moved onto {notice.EditionId}"));
        }

        if (catalogs.Find(notice.EditionId) is not { } edition || edition.Effective > RegulatoryCalendar.Today(time))
        {
            return Result<EditionMove>.Failure(Diagnostic.ForField(null, "edition", $"{notice.EditionId} is not in force yet; move the filing from its effective day"));
        }

        var found = await filings.GetAsync(caller, notice.FilingId, ct).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var filing = found.Value;
        var pinned = catalogs.Find(filing.ListEdition);

        // Amendment, submission and the notice's mark land together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var amended = await filings.AmendAsync(caller, filing.Id, new FilingRequest
        {
            Title = filing.Title,
            ListEdition = notice.EditionId,
            Scenario = filing.Scenario,
            Fields = filing.Fields,
            Recipients = filing.Recipients,
            Purpose = filing.Purpose,
            ImportantData = filing.ImportantData,
            Persons = filing.Persons,
            RetentionMonths = filing.RetentionMonths,
            SecurityMeasures = filing.SecurityMeasures,
            ValidFrom = filing.ValidFrom,
            ValidUntil = filing.ValidUntil,
            Version = filing.Version,
        }, ct).ConfigureAwait(false);
        if (!amended.IsSuccess)
        {
            return amended.Error!;
        }

        // A draft left behind would silently take the enterprise's filing out of force with no review pending.
        var submitted = amended.Value.Status == FilingStatus.Draft
            ? await filings.ActAsync(caller, filing.Id, FilingAction.Submit, null, amended.Value.Version, ct).ConfigureAwait(false)
            : amended;
        if (!submitted.IsSuccess)
        {
            return submitted.Error!;
        }

        notice.MovedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new EditionMove(ToView(notice, await ApprovedAsync([notice], ct).ConfigureAwait(false)), submitted.Value, pinned is null ? null : EditionDiff.Compare(pinned, edition));
    }

    private IQueryable<EditionNotice> Visible(Caller caller) => caller switch
    {
        { IsEnterprise: true } => db.EditionNotices.Where(n => n.ProcessorId == caller.ProcessorId),
        { IsOfficer: true } => db.EditionNotices.Where(n => n.ZoneGroupId == caller.ZoneGroupId),
        { IsCity: true } => db.EditionNotices,
        _ => db.EditionNotices.Where(_ => false),
    };

    /// <summary>The notice as shown; an application it asked for that has since been approved is no longer needed.</summary>
    private static EditionNoticeView ToView(EditionNotice n, HashSet<(int, string)> approved)
    {
        var needs = n.NeedsApplication && !approved.Contains((n.ProcessorId, n.EditionId));
        return new(n.Id, n.EditionId, n.FilingId, n.ZoneGroupId, n.Before, n.After, n.CreatedAt, n.MovedAt, needs, needs ? n.AfterWithoutApplication : null);
    }
}
