using Chujing.Catalog.Yaml;
using Chujing.Domain.Catalog;
using Chujing.Persistence;
using Chujing.Persistence.Editions;
using Chujing.Web.Access.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Editions;

/// <summary>
/// The editions the platform's engine decides with: the shipped ones (and <c>--catalog-dir</c>), and every edition
/// published in the platform from its effective day on (China Standard Time). Published editions are read from the
/// database at start and added when published; a publication on another node is logged under
/// <see cref="ChangeSubject"/> and read here within the session revocation bound. Thread-safe.
/// </summary>
public sealed class PlatformCatalogs(CatalogSet shipped) : IChangeSubscriber
{
    /// <summary>The revocation-log subject of a publication: every node reloads the published editions.</summary>
    public const string ChangeSubject = "editions:published";

    private readonly Lock _gate = new();
    private IReadOnlyList<CatalogEdition> _published = [];
    private InForceSet? _inForce;

    /// <summary>What the files give.</summary>
    public CatalogSet Shipped => shipped;

    /// <summary>Every edition published in the platform, in force or not yet.</summary>
    public IReadOnlyList<CatalogEdition> Published => Volatile.Read(ref _published);

    /// <summary>The shipped editions and the published ones effective on or before <paramref name="day"/>.</summary>
    public CatalogSet InForce(DateOnly day)
    {
        var current = Volatile.Read(ref _inForce);
        if (current is not null && current.Day == day && ReferenceEquals(current.Published, Published))
        {
            return current.Set;
        }

        var published = Published;
        var editions = shipped.Editions.Concat(published.Where(e => e.Effective <= day)).ToArray();
        var set = editions.Length == shipped.Editions.Count ? shipped : CatalogSet.Create(editions).ValueOrThrow().WithReplaced(shipped.Replaced);
        Volatile.Write(ref _inForce, new InForceSet(day, published, set));
        return set;
    }

    /// <summary>An edition by id: shipped first, then published.</summary>
    public CatalogEdition? Find(string id) => shipped.Find(id) ?? Published.FirstOrDefault(e => e.Id == id);

    /// <summary>Adds a newly published edition.</summary>
    public void Add(CatalogEdition edition)
    {
        lock (_gate)
        {
            Volatile.Write(ref _published, [.. _published.Where(e => e.Id != edition.Id), edition]);
        }
    }

    /// <summary>Reads every published edition from the database (at start).</summary>
    public async Task LoadPublishedAsync(ChujingDbContext db, CancellationToken ct)
    {
        var rows = await db.Editions.AsNoTracking().Where(e => e.Status == EditionStatus.Published).OrderBy(e => e.Id).ToListAsync(ct).ConfigureAwait(false);
        var editions = rows.Select(r => EditionText.Parse(r).ValueOrThrow()).ToArray();
        lock (_gate)
        {
            Volatile.Write(ref _published, editions);
        }
    }

    string IChangeSubscriber.Prefix => ChangeSubject;

    Task IChangeSubscriber.ChangedAsync(ChujingDbContext db, CancellationToken ct) => LoadPublishedAsync(db, ct);

    private sealed record InForceSet(DateOnly Day, IReadOnlyList<CatalogEdition> Published, CatalogSet Set);
}
