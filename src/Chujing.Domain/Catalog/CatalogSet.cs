using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;

namespace Chujing.Domain.Catalog;

/// <summary>
/// The editions loaded together, by id. Immutable and thread-safe; <see cref="Create(IEnumerable{CatalogEdition})"/> checks that every edition is
/// valid (<see cref="CatalogEdition.Validate"/>), that ids are unique and that every <c>supersedes</c> names a known
/// edition.
/// </summary>
public sealed class CatalogSet
{
    private readonly Dictionary<string, CatalogEdition> _byId;

    private CatalogSet(IReadOnlyList<CatalogEdition> editions)
    {
        Editions = editions;
        _byId = editions.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>Every edition, ordered by id.</summary>
    public IReadOnlyList<CatalogEdition> Editions { get; }

    /// <summary>Ids of shipped editions that a user's catalog of the same id replaced.</summary>
    public IReadOnlyList<string> Replaced { get; private init; } = [];

    /// <summary>
    /// Editions loaded on their own whose <c>supersedes</c> names an edition the set does not hold (a revision exported
    /// from the platform, loaded without the platform's earlier editions), as <c>(id, supersedes)</c>.
    /// </summary>
    public IReadOnlyList<(string Id, string Supersedes)> Unresolved { get; private init; } = [];

    /// <summary>The same set, noting which shipped editions were replaced.</summary>
    public CatalogSet WithReplaced(IReadOnlyList<string> replaced) => new(Editions) { Replaced = replaced, Unresolved = Unresolved };

    /// <summary>Builds a set, or the diagnostics that prevent it.</summary>
    public static Result<CatalogSet> Create(IEnumerable<CatalogEdition> editions) => Create(editions, null);

    /// <summary>
    /// Builds a set, or the diagnostics that prevent it. The editions whose ids are in <paramref name="standalone"/>
    /// may supersede an edition the set does not hold (<see cref="Unresolved"/> lists them); every other
    /// <c>supersedes</c> must name an edition of the set.
    /// </summary>
    public static Result<CatalogSet> Create(IEnumerable<CatalogEdition> editions, IReadOnlySet<string>? standalone)
    {
        var list = editions.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var diagnostics = list.SelectMany(e => e.Validate()).ToList();
        foreach (var group in list.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Add(new Diagnostic(group.ElementAt(1).SourcePath, 0, 0, group.Key,
                $"edition '{group.Key}' is defined twice: {string.Join(" and ", group.Select(e => e.SourcePath))}"));
        }

        var ids = list.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = list.Where(e => e.Supersedes is not null && !ids.Contains(e.Supersedes)).ToArray();
        var unresolved = unknown.Where(e => standalone?.Contains(e.Id) == true).Select(e => (e.Id, e.Supersedes!)).ToArray();
        foreach (var edition in unknown.Where(e => standalone?.Contains(e.Id) != true))
        {
            diagnostics.Add(new Diagnostic(edition.SourcePath, 0, 0, edition.Id,
                $"supersedes unknown edition '{edition.Supersedes}'", Suggestions.Phrase(edition.Supersedes!, ids)));
        }

        if (!list.Any(e => e.Family == CatalogFamily.National))
        {
            diagnostics.Add(new Diagnostic(null, 0, 0, null, "no national rules edition was loaded (family: national)"));
        }

        return diagnostics.Count > 0 ? Result<CatalogSet>.Failure(diagnostics) : Result<CatalogSet>.Success(new CatalogSet(list) { Unresolved = unresolved });
    }

    /// <summary>The edition with this id, or null.</summary>
    public CatalogEdition? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The national rules in force on <paramref name="date"/> (the latest effective on or before it).</summary>
    public CatalogEdition NationalOn(DateOnly date) =>
        Editions.Where(e => e.Family == CatalogFamily.National && e.Effective <= date).MaxBy(e => e.Effective)
        ?? Editions.Where(e => e.Family == CatalogFamily.National).MinBy(e => e.Effective)!;

    /// <summary>"did you mean" text for an unknown id.</summary>
    public string? Suggest(string id) => Suggestions.Phrase(id, _byId.Keys);
}
