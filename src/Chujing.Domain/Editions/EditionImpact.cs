using System.Text.Json;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Editions;

/// <summary>
/// Replays filings in force under a revised list edition and under the edition each filing pinned, and reports what
/// changes. Only filings whose scenario holds an entry whose content changed are replayed: the others cannot change.
/// Pure and thread-safe.
/// </summary>
public static class EditionImpact
{
    /// <summary>
    /// The impact of <paramref name="revision"/> (not yet in <paramref name="current"/>) on <paramref name="subjects"/>,
    /// decided as of <paramref name="day"/>. <paramref name="onlyChanged"/> false replays every filing (for comparison).
    /// </summary>
    public static Result<ImpactReport> Analyse(CatalogSet current, CatalogEdition revision, DateOnly day, IEnumerable<ImpactSubject> subjects, bool onlyChanged = true)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(subjects);
        var withRevision = CatalogSet.Create(current.Editions.Where(e => e.Id != revision.Id).Append(revision));
        if (!withRevision.IsSuccess)
        {
            return Result<ImpactReport>.Failure(withRevision.Diagnostics);
        }

        var before = new AssessmentEngine(current, day);
        var after = new AssessmentEngine(withRevision.Value, day);
        var scopes = new Dictionary<string, ChangeScope>(StringComparer.Ordinal);
        var scenarios = new ScenarioCache();
        var impacts = new List<FilingImpact>();
        var (considered, replayed) = (0, 0);
        foreach (var subject in subjects)
        {
            if (subject.Activity.List is not { } pinnedId || current.Find(pinnedId) is not { } pinned || pinned.Jurisdiction != revision.Jurisdiction)
            {
                continue;
            }

            considered++;
            if (!scopes.TryGetValue(pinnedId, out var scope))
            {
                scope = ChangeScope.Between(pinned, revision);
                scopes[pinnedId] = scope;
            }

            var scenario = scenarios.Find(pinned, subject.Activity.Scenario);
            if (onlyChanged && !scope.Touches(scenario?.Id))
            {
                continue;
            }

            replayed++;
            if (Replay(subject, scenario, scenarios.Find(revision, subject.Activity.Scenario), revision, before, after) is { } impact)
            {
                impacts.Add(impact);
            }
        }

        var changed = scopes.Values.SelectMany(s => s.Items).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return Result<ImpactReport>.Success(new ImpactReport(
            revision.Id,
            revision.Supersedes,
            changed,
            scopes.Values.Any(s => s.All),
            considered,
            replayed,
            impacts,
            Totals(impacts, i => i.Processor),
            Totals(impacts, i => i.ZoneGroup),
            Total("total", impacts)));
    }

    private static FilingImpact? Replay(ImpactSubject subject, ScenarioItems? oldScenario, ScenarioItems? newScenario, CatalogEdition revision, AssessmentEngine before, AssessmentEngine after)
    {
        var activity = subject.Activity;
        var (oldListed, newListed) = (Listed(oldScenario, activity.Fields), Listed(newScenario, activity.Fields));
        var was = before.Assess(activity with { Fields = oldListed });

        // An approval is of one edition: the revision is decided for the processor approved to use it (what the list
        // would say once it applies again) and, where it is approved for the pinned edition only, also without.
        var pinnedApproved = activity.Processor.ListApproved;
        var needsApplication = pinnedApproved && !subject.ApprovedForRevision && revision.Applicability?.RequiresApproval == true;
        var revised = activity with { List = revision.Id, Scenario = newScenario is null ? null : activity.Scenario, Fields = newListed };
        var now = after.Assess(revised with { Processor = activity.Processor with { ListApproved = pinnedApproved || subject.ApprovedForRevision } });
        var without = needsApplication ? after.Assess(revised with { Processor = activity.Processor with { ListApproved = false } }) : null;
        var (oldBands, newBands) = (Bands(oldScenario, oldListed, activity.Persons), Bands(newScenario, newListed, activity.Persons));
        var impact = new FilingImpact(
            subject.Id,
            subject.Processor,
            subject.ZoneGroup,
            was.IsSuccess ? was.Value.Pathway : null,
            now.IsSuccess ? now.Value.Pathway : null,
            [.. newListed.Except(oldListed, StringComparer.Ordinal)],
            [.. oldListed.Except(newListed, StringComparer.Ordinal)],
            [.. newBands.Except(oldBands, StringComparer.Ordinal)],
            [.. oldBands.Except(newBands, StringComparer.Ordinal)],
            !was.IsSuccess ? was.Diagnostics[0].ToString() : !now.IsSuccess ? now.Diagnostics[0].ToString() : null,
            needsApplication,
            without is { IsSuccess: true } decided ? decided.Value.Pathway : null);
        var unchanged = impact.Before == impact.After && impact.Problem is null && impact.NewlyListed.Count == 0 && impact.NoLongerListed.Count == 0
            && impact.BandsCrossed.Count == 0 && impact.BandsLeft.Count == 0;
        return unchanged ? null : impact;
    }

    /// <summary>A scenario of a scenario-based edition, by id or name, with its domain.</summary>
    private static (CatalogDomain Domain, Scenario Scenario)? Find(CatalogEdition edition, string? idOrName)
    {
        if (idOrName is null)
        {
            return null;
        }

        foreach (var domain in edition.Domains)
        {
            if (domain.Scenarios.FirstOrDefault(s => s.Id == idOrName || s.Name == idOrName) is { } scenario)
            {
                return (domain, scenario);
            }
        }

        return null;
    }

    private static ScenarioItems? FindScenario(CatalogEdition edition, string? idOrName) =>
        Find(edition, idOrName) is { } found ? new ScenarioItems(found.Scenario.Id, [.. found.Domain.ItemsOf(found.Scenario)]) : null;

    /// <summary>
    /// The activity's fields that the scenario lists, in the activity's order: named as the engine names them (a field's
    /// id, name, English name or synonym, or the item's id; case aside).
    /// </summary>
    private static string[] Listed(ScenarioItems? scenario, IReadOnlyList<string> fields) => scenario is null
        ? []
        : [.. fields.Where(f => scenario.Items.Any(i => Names(i, f)))];

    /// <summary>True when <paramref name="field"/> names <paramref name="item"/> or one of its fields.</summary>
    private static bool Names(ListItem item, string field) =>
        string.Equals(item.Id, field, StringComparison.OrdinalIgnoreCase)
        || item.Fields.Any(x => string.Equals(x.Id, field, StringComparison.OrdinalIgnoreCase) || string.Equals(x.Name, field, StringComparison.OrdinalIgnoreCase)
            || string.Equals(x.NameEn, field, StringComparison.OrdinalIgnoreCase) || x.Synonyms.Contains(field, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The bands the counts lie in of the items the activity falls in, <c>item: band</c>: the items its fields name and,
    /// as the engine holds them, the scenario's personal-information items whose fields no source gives whenever
    /// persons are counted.
    /// </summary>
    private static HashSet<string> Bands(ScenarioItems? scenario, string[] listed, PersonCounts persons)
    {
        var bands = new HashSet<string>(StringComparer.Ordinal);
        if (scenario is null)
        {
            return bands;
        }

        var items = scenario.Items.Where(i => listed.Any(f => Names(i, f)) || (persons.Any && i.Kind == ItemKind.PersonalInformation && i.Fields.Count == 0));
        foreach (var item in items)
        {
            foreach (var band in item.Thresholds.Where(t => t.Matches(persons[t.Counter])))
            {
                bands.Add(item.Id + ": " + band);
            }
        }

        return bands;
    }

    private static ImpactTotal[] Totals(List<FilingImpact> impacts, Func<FilingImpact, string> key) =>
        [.. impacts.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Total(g.Key, g))];

    private static ImpactTotal Total(string key, IEnumerable<FilingImpact> impacts)
    {
        var list = impacts as IReadOnlyCollection<FilingImpact> ?? [.. impacts];
        return new ImpactTotal(key, list.Count, list.Count(i => i.Before != i.After), list.Count(i => i.Stricter), list.Count(i => i.NeedsApplication));
    }

    private sealed record ScenarioItems(string Id, IReadOnlyList<ListItem> Items);

    /// <summary>Scenarios looked up once per edition and id or name.</summary>
    private sealed class ScenarioCache
    {
        private readonly Dictionary<(string Edition, string Scenario), ScenarioItems?> _found = [];

        public ScenarioItems? Find(CatalogEdition edition, string? idOrName)
        {
            if (idOrName is null)
            {
                return null;
            }

            if (!_found.TryGetValue((edition.Id, idOrName), out var found))
            {
                found = FindScenario(edition, idOrName);
                _found[(edition.Id, idOrName)] = found;
            }

            return found;
        }
    }

    /// <summary>Which scenarios a revision touches: those holding an item whose content changed, or all of them.</summary>
    private sealed record ChangeScope(bool All, HashSet<string> Scenarios, IReadOnlyList<string> Items)
    {
        public bool Touches(string? scenario) => All || scenario is null || Scenarios.Contains(scenario);

        public static ChangeScope Between(CatalogEdition from, CatalogEdition to)
        {
            var all = Frame(from) != Frame(to);
            var (a, b) = (ItemsByScenario(from), ItemsByScenario(to));
            var scenarios = new HashSet<string>(StringComparer.Ordinal);
            var items = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in a.Keys.Union(b.Keys))
            {
                var (inA, x) = (a.TryGetValue(id, out var ax), ax);
                var (inB, y) = (b.TryGetValue(id, out var bx), bx);
                if (inA != inB || x.Content != y.Content)
                {
                    items.Add(id);
                    scenarios.UnionWith(x.Scenarios ?? []);
                    scenarios.UnionWith(y.Scenarios ?? []);
                }
            }

            return new ChangeScope(all, scenarios, [.. items.Order(StringComparer.Ordinal)]);
        }

        /// <summary>Each item's content (as JSON) and the scenarios it applies in.</summary>
        private static Dictionary<string, (string Content, List<string> Scenarios)> ItemsByScenario(CatalogEdition edition)
        {
            var items = new Dictionary<string, (string Content, List<string> Scenarios)>(StringComparer.Ordinal);
            foreach (var domain in edition.Domains)
            {
                foreach (var scenario in domain.Scenarios)
                {
                    foreach (var item in domain.ItemsOf(scenario))
                    {
                        if (!items.TryGetValue(item.Id, out var entry))
                        {
                            entry = (JsonSerializer.Serialize(item), []);
                            items[item.Id] = entry;
                        }

                        entry.Scenarios.Add(scenario.Id);
                    }
                }
            }

            return items;
        }

        /// <summary>Everything of an edition that can change a decision, except its items.</summary>
        private static string Frame(CatalogEdition e) => JsonSerializer.Serialize(new
        {
            e.Family,
            e.Applicability,
            Domains = e.Domains.Select(d => new { d.Id, d.Name, d.Exclusions, Scenarios = d.Scenarios.Select(s => new { s.Id, s.Name }) }),
            e.Categories,
            e.Duties,
        });
    }
}
