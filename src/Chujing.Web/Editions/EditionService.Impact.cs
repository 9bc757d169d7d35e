using Chujing.Domain.Calendar;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Editions;
using Chujing.Domain.Filings;
using Chujing.Persistence.Applications;
using Chujing.Persistence.Editions;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Editions;

/// <summary>Impact before publication, and the notices publication sends.</summary>
public sealed partial class EditionService
{
    /// <summary>
    /// Every approved filing in force on a list of the draft's jurisdiction, replayed under the draft and under the
    /// edition it pinned, with the processor's counts for the year: what would change.
    /// </summary>
    public async Task<Result<ImpactReport>> ImpactAsync(Caller caller, string id, CancellationToken ct)
    {
        var draft = await DraftAsync(caller, id, ct).ConfigureAwait(false);
        return draft.IsSuccess ? await ImpactOfAsync(EditionText.Parse(draft.Value).ValueOrThrow(), ct).ConfigureAwait(false) : draft.Error!;
    }

    private async Task<ImpactReport> ImpactOfAsync(CatalogEdition draft, CancellationToken ct)
    {
        var today = RegulatoryCalendar.Today(time);
        var subjects = await SubjectsAsync(draft, today, ct).ConfigureAwait(false);
        return EditionImpact.Analyse(catalogs.InForce(today), draft, today, subjects).ValueOrThrow();
    }

    /// <summary>
    /// The approved (or suspended, which return to approved) filings in force on lists of the revision's jurisdiction,
    /// as activities with the year's counts and the processor's approvals to use the pinned edition and the revision
    /// (an approval is of one edition).
    /// </summary>
    private async Task<List<ImpactSubject>> SubjectsAsync(CatalogEdition revision, DateOnly today, CancellationToken ct)
    {
        var prefix = revision.Jurisdiction + "/";
        var filings = await db.Filings.AsNoTracking().Include(f => f.Processor)
            .Where(f => (f.Status == FilingStatus.Approved || f.Status == FilingStatus.Suspended) && f.ValidUntil >= today && f.ListEdition.StartsWith(prefix))
            .OrderBy(f => f.Id).ToListAsync(ct).ConfigureAwait(false);
        var processors = filings.Select(f => f.ProcessorId).Distinct().ToArray();
        var counters = await db.PersonCounters.AsNoTracking().Where(c => processors.Contains(c.ProcessorId) && c.Year == today.Year)
            .ToListAsync(ct).ConfigureAwait(false);
        var year = counters.ToLookup(c => (c.ProcessorId, c.Sensitive), c => c.Count);
        var approvals = (await db.ListApplications.AsNoTracking()
                .Where(a => processors.Contains(a.ProcessorId) && a.Status == ListApplicationStatus.Approved && a.ListEdition.StartsWith(prefix))
                .Select(a => new { a.ProcessorId, a.ListEdition }).ToListAsync(ct).ConfigureAwait(false))
            .Select(a => (a.ProcessorId, a.ListEdition)).ToHashSet();
        return [.. filings.Select(f => new ImpactSubject(
            f.Id,
            f.Processor!.Uscc,
            f.ZoneGroupId,
            new ExportActivity(
                new ProcessorProfile(f.Processor.Ciio, zones.Zone, approvals.Contains((f.ProcessorId, f.ListEdition)), false),
                f.ListEdition,
                f.Scenario,
                null,
                f.ImportantData,
                new PersonCounts(
                    Math.Max(f.PersonsPersonal, year[(f.ProcessorId, false)].DefaultIfEmpty().Max()),
                    Math.Max(f.PersonsSensitive, year[(f.ProcessorId, true)].DefaultIfEmpty().Max())),
                f.Fields,
                []),
            approvals.Contains((f.ProcessorId, revision.Id))))];
    }

    /// <summary>One notice per affected filing, in the publication's unit of work.</summary>
    private async Task NotifyAsync(EditionRecord row, CatalogEdition edition, CancellationToken ct)
    {
        var impact = await ImpactOfAsync(edition, ct).ConfigureAwait(false);
        var filings = impact.Filings.Select(f => f.Id).ToArray();
        var owners = await db.Filings.AsNoTracking().Where(f => filings.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => (f.ProcessorId, f.ZoneGroupId), ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var f in impact.Filings)
        {
            db.EditionNotices.Add(new EditionNotice
            {
                EditionId = row.Id,
                FilingId = f.Id,
                ProcessorId = owners[f.Id].ProcessorId,
                ZoneGroupId = owners[f.Id].ZoneGroupId,
                Before = f.Before?.ToName(),
                After = f.After?.ToName(),
                NeedsApplication = f.NeedsApplication,
                AfterWithoutApplication = f.AfterWithoutApplication?.ToName(),
                CreatedAt = now,
            });
            await notifier.ToProcessorAsync(
                owners[f.Id].ProcessorId,
                Notifications.NotificationTexts.EditionNotice(edition.Title, edition.TitleEn ?? edition.Title, f.Id, f.Before?.ToName(), f.After?.ToName(), f.NeedsApplication, f.AfterWithoutApplication?.ToName()),
                ct).ConfigureAwait(false);
        }
    }
}
