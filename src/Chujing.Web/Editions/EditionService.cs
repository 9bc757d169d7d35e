using System.Globalization;
using System.Text.RegularExpressions;
using Chujing.Catalog.Yaml;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Persistence;
using Chujing.Persistence.Editions;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Audit;
using Chujing.Web.Problems;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Editions;

/// <summary>
/// List editions in the platform (负面清单动态管理): everyone signed in reads the shipped and published editions; the
/// city regulator starts drafts of its zone's lists, edits their items, records the approvals art. 6 requires and
/// publishes them. Every edit is validated by the catalog loader itself and saved with its audit entry; a published
/// edition never changes again.
/// </summary>
public sealed partial class EditionService(ChujingDbContext db, PlatformCatalogs catalogs, ListZones zones, AuditLog audit, Notifications.Notifier notifier, TimeProvider time)
{
    private const string Entity = "edition";
    private const int MaxTitleLength = 200;
    private const string RevisionMark = "（修订版）";
    private const string RevisionMarkEn = " (revised)";

    /// <summary>Shipped, published and (for the city) draft editions, by id.</summary>
    public async Task<IReadOnlyList<EditionListEntry>> ListAsync(Caller caller, CancellationToken ct)
    {
        var rows = await Visible(caller).AsNoTracking().Include(e => e.Approvals).OrderBy(e => e.Id).ToListAsync(ct).ConfigureAwait(false);
        var entries = catalogs.Shipped.Editions.Select(e => Entry(e, null)).ToList();
        foreach (var row in rows)
        {
            entries.Add(Entry(EditionText.Parse(row).ValueOrThrow(), row));
        }

        return [.. entries.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>One edition the caller may see; not found otherwise.</summary>
    public async Task<Result<CatalogEdition>> GetAsync(Caller caller, string id, CancellationToken ct)
    {
        if (catalogs.Shipped.Find(id) is { } shipped)
        {
            return shipped;
        }

        var row = await Visible(caller).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct).ConfigureAwait(false);
        return row is null ? NotVisible("edition", id) : EditionText.Parse(row).ValueOrThrow();
    }

    /// <summary>One edition's list entry (status, approvals).</summary>
    public async Task<Result<EditionListEntry>> EntryAsync(Caller caller, string id, CancellationToken ct)
    {
        if (catalogs.Shipped.Find(id) is { } shipped)
        {
            return Entry(shipped, null);
        }

        var row = await Visible(caller).AsNoTracking().Include(e => e.Approvals).SingleOrDefaultAsync(e => e.Id == id, ct).ConfigureAwait(false);
        return row is null ? NotVisible("edition", id) : Entry(EditionText.Parse(row).ValueOrThrow(), row);
    }

    /// <summary>
    /// The title a revision gets unless the city names it: the base's title without its own revision mark, marked
    /// （修订版） for the first revision and （第 N 次修订版） after, right as a draft and once published.
    /// </summary>
    public static string DraftTitle(string baseTitle, int revision = 1) =>
        RevisionMarkZh().Replace(baseTitle, string.Empty) + (revision <= 1 ? RevisionMark : $"（第 {revision.ToString(CultureInfo.InvariantCulture)} 次修订版）");

    private static string DraftTitleEn(string baseTitle, int revision) =>
        RevisionMarkEnRegex().Replace(baseTitle, string.Empty) + (revision <= 1 ? RevisionMarkEn : $" (revision {revision.ToString(CultureInfo.InvariantCulture)})");

    /// <summary>
    /// The number of the revision a new draft of <paramref name="source"/> is: one more than the base's own (a revision
    /// of the first revision is the second), and past every default title the jurisdiction's editions already carry,
    /// so that two revisions of one base are never named alike.
    /// </summary>
    private async Task<int> RevisionNumberAsync(CatalogEdition source, CancellationToken ct)
    {
        var prefix = source.Jurisdiction + "/";
        var rows = await db.Editions.AsNoTracking().Where(e => e.Id.StartsWith(prefix)).ToListAsync(ct).ConfigureAwait(false);
        var taken = catalogs.Shipped.Editions.Where(e => e.Jurisdiction == source.Jurisdiction).Select(e => e.Title)
            .Concat(rows.Select(r => EditionText.Parse(r)).Where(r => r.IsSuccess).Select(r => r.Value.Title))
            .ToHashSet(StringComparer.Ordinal);
        var mark = RevisionMarkZh().Match(source.Title);
        var revision = !mark.Success ? 1 : mark.Groups[1].Success ? int.Parse(mark.Groups[1].Value, CultureInfo.InvariantCulture) + 1 : 2;
        while (taken.Contains(DraftTitle(source.Title, revision)))
        {
            revision++;
        }

        return revision;
    }

    /// <summary>
    /// A new draft copied from a shipped or published list of the platform's zone; with <paramref name="workbook"/>,
    /// the rows of a workbook in the shape of <see cref="EditionWorkbook"/> applied to that copy.
    /// </summary>
    public async Task<Result<EditionListEntry>> CreateDraftAsync(Caller caller, DraftRequest request, CancellationToken ct, Stream? workbook = null)
    {
        var problems = new List<Diagnostic>();
        var from = request.From?.Trim();
        var id = request.Id?.Trim();
        CatalogEdition? source = null;
        if (string.IsNullOrEmpty(from))
        {
            problems.Add(Diagnostic.ForField(null, "from", "name the edition to start from, e.g. beijing-ftz/2024"));
        }
        else if ((source = catalogs.Find(from)) is null)
        {
            problems.Add(Diagnostic.ForField(null, "from", $"no shipped or published edition '{from}'", catalogs.Shipped.Suggest(from)));
        }
        else if (source.Applicability?.Zone is not { } zone || !string.Equals(zone, zones.Zone, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Diagnostic.ForField(null, "from", $"'{from}' is not a list of the {zones.Zone} free-trade zone; the city revises only its own lists"));
        }

        if (string.IsNullOrEmpty(id) || !EditionId().IsMatch(id))
        {
            problems.Add(Diagnostic.ForField(null, "id", "an edition id is <jurisdiction>/<edition> in lower-case letters, digits and '-', e.g. beijing-ftz/2025 (at most 64 characters)"));
        }
        else if (source is not null && !id.StartsWith(source.Jurisdiction + "/", StringComparison.Ordinal))
        {
            problems.Add(Diagnostic.ForField(null, "id", $"a new edition of {source.Id} keeps its jurisdiction: {source.Jurisdiction}/…"));
        }
        else if (catalogs.Shipped.Find(id) is not null || await db.Editions.AnyAsync(e => e.Id == id, ct).ConfigureAwait(false))
        {
            problems.Add(Diagnostic.ForField(null, "id", $"edition '{id}' already exists"));
        }

        CheckText(problems, "title", request.Title);
        CheckText(problems, "editionLabel", request.EditionLabel);
        if (problems.Count > 0)
        {
            return Result<EditionListEntry>.Failure(problems);
        }

        var revision = request.Title?.Trim() is { Length: > 0 } ? 1 : await RevisionNumberAsync(source!, ct).ConfigureAwait(false);
        var draft = source! with
        {
            Id = id!,
            Supersedes = source!.Id,
            Title = request.Title?.Trim() is { Length: > 0 } title ? title : DraftTitle(source.Title, revision),
            TitleEn = request.Title?.Trim() is { Length: > 0 } ? null : source.TitleEn is { } en ? DraftTitleEn(en, revision) : null,
            EditionLabel = request.EditionLabel?.Trim() is { Length: > 0 } label ? label : source.EditionLabel,
            Issued = null,
            ContentHash = string.Empty,
            SourcePath = null,
        };
        if (workbook is not null)
        {
            var applied = EditionWorkbookReader.Apply(draft, workbook);
            if (!applied.IsSuccess)
            {
                return Result<EditionListEntry>.Failure(applied.Diagnostics);
            }

            draft = applied.Value;
        }

        var (yaml, edition) = EditionText.Write(draft).ValueOrThrow();
        var now = time.GetUtcNow();
        var row = new EditionRecord
        {
            Id = edition.Id,
            Status = EditionStatus.Draft,
            BasedOn = source.Id,
            Yaml = yaml,
            CreatedBy = caller.Email,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        db.Editions.Add(row);
        audit.Record(db, caller, Entity, row.Id, workbook is null ? "create-draft" : "create-draft-xlsx", null, null, null, new { edition = row.Id, basedOn = source.Id });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return Entry(edition, row);
    }

    private IQueryable<EditionRecord> Visible(Caller caller) =>
        caller.IsCity ? db.Editions : db.Editions.Where(e => e.Status == EditionStatus.Published);

    private async Task<Result<EditionRecord>> DraftAsync(Caller caller, string id, CancellationToken ct)
    {
        var row = await Visible(caller).Include(e => e.Approvals).SingleOrDefaultAsync(e => e.Id == id, ct).ConfigureAwait(false);
        if (row is null)
        {
            return catalogs.Shipped.Find(id) is not null
                ? Result<EditionRecord>.Failure(Diagnostic.ForField(null, "edition", $"{id} is a shipped edition and read-only; start a draft from it"))
                : NotVisible("draft", id);
        }

        return row.Status != EditionStatus.Draft
            ? Result<EditionRecord>.Failure(Diagnostic.ForField(null, "edition", $"{id} is published and can no longer change; start a new draft from it"))
            : row;
    }

    private static NotFoundError NotVisible(string what, string id) => new($"{what} {id} does not exist or is not visible to you");

    private static void CheckText(List<Diagnostic> problems, string field, string? text)
    {
        if (text is { Length: > MaxTitleLength })
        {
            problems.Add(Diagnostic.ForField(null, field, $"at most {MaxTitleLength} characters"));
        }
    }

    private static EditionListEntry Entry(CatalogEdition e, EditionRecord? row) => new(
        e.Id,
        e.Jurisdiction,
        e.Title,
        e.Family,
        row is null ? "shipped" : row.Status == EditionStatus.Draft ? "draft" : "published",
        e.Effective,
        row?.BasedOn,
        e.ContentHash,
        row?.PublishedAt,
        row is null ? [] : [.. row.Approvals.OrderBy(a => a.Date).Select(a => new ApprovalView(ApprovalKinds.ToName(a.Kind), a.Authority, a.DocumentNumber, a.Date, a.RecordedBy, a.RecordedAt))]);

    [GeneratedRegex(@"（(?:第 (\d+) 次)?修订版）$", RegexOptions.CultureInvariant)]
    private static partial Regex RevisionMarkZh();

    [GeneratedRegex(@" \((?:revised|revision (\d+))\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RevisionMarkEnRegex();

    [GeneratedRegex("^(?=.{3,64}$)[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex EditionId();
}
