using System.Globalization;

namespace Chujing.Domain.Catalog;

/// <summary>
/// What changed from one edition to another: the edition's own metadata, then entries matched by id and compared on
/// the aspects that change a decision (pathways, thresholds, fields, exceptions, kinds) and on names and citations.
/// </summary>
public sealed record EditionDiff(string From, string To, string FromHash, string ToHash, IReadOnlyList<EditionChange> Changes)
{
    /// <summary>Compares <paramref name="from"/> with <paramref name="to"/>. Pure; any two editions, of any family.</summary>
    public static EditionDiff Compare(CatalogEdition from, CatalogEdition to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<EditionChange>();
        var before = Snapshots(from).ToDictionary(s => (s.Entry, s.Id));
        var after = Snapshots(to).ToDictionary(s => (s.Entry, s.Id));
        foreach (var s in before.Values.Where(s => !after.ContainsKey((s.Entry, s.Id))))
        {
            changes.Add(new EditionChange("removed", s.Entry, s.Id, s.Name, []));
        }

        foreach (var s in after.Values)
        {
            if (!before.TryGetValue((s.Entry, s.Id), out var old))
            {
                changes.Add(new EditionChange("added", s.Entry, s.Id, s.Name, []));
                continue;
            }

            var details = new List<AspectChange>();
            foreach (var aspect in old.Aspects.Keys.Union(s.Aspects.Keys))
            {
                var a = old.Aspects.GetValueOrDefault(aspect) ?? Aspect.None;
                var b = s.Aspects.GetValueOrDefault(aspect) ?? Aspect.None;
                if (a.Values.SequenceEqual(b.Values, StringComparer.Ordinal))
                {
                    continue;
                }

                details.Add(a.IsList || b.IsList
                    ? new AspectChange(aspect, a.Text, b.Text, b.Values.Except(a.Values, StringComparer.Ordinal).ToArray(), a.Values.Except(b.Values, StringComparer.Ordinal).ToArray())
                    : new AspectChange(aspect, a.Text, b.Text, null, null));
            }

            if (details.Count > 0)
            {
                changes.Add(new EditionChange("changed", s.Entry, s.Id, s.Name, details));
            }
        }

        return new EditionDiff(from.Id, to.Id, from.ContentHash, to.ContentHash, changes);
    }

    private static IEnumerable<Snapshot> Snapshots(CatalogEdition e)
    {
        // The edition itself is matched by a fixed key: two editions always have different ids.
        yield return new Snapshot("edition", "edition", e.Title, new()
        {
            ["title"] = Aspect.Of(e.Title),
            ["titleEn"] = Aspect.Of(e.TitleEn),
            ["editionLabel"] = Aspect.Of(e.EditionLabel),
            ["issued"] = Aspect.Of(e.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ["effective"] = Aspect.Of(e.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ["supersedes"] = Aspect.Of(e.Supersedes),
            ["issuers"] = Aspect.List(e.Issuers),
            ["zone"] = Aspect.Of(e.Applicability?.Zone),
            ["eligibility"] = Aspect.Of(e.Applicability?.Eligibility),
            ["ciioExcluded"] = Aspect.Of(e.Applicability?.CiioExcluded.ToString()),
            ["requiresApproval"] = Aspect.Of(e.Applicability?.RequiresApproval.ToString()),
            ["declaredItems"] = Aspect.Of(e.Coverage?.Items?.ToString(CultureInfo.InvariantCulture)),
            ["signed"] = Aspect.Of(e.Signed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ["zoneGroups"] = Aspect.List(e.Applicability?.ZoneGroups ?? []),
        });
        foreach (var fact in e.Facts)
        {
            yield return new Snapshot("fact", fact.Id, fact.Text, new()
            {
                ["text"] = Aspect.Of(fact.Text),
                ["citation"] = Aspect.Of(fact.Citation),
                ["confidence"] = Aspect.Of(fact.Provenance.Confidence.ToString()),
            });
        }

        foreach (var rule in e.Rules)
        {
            yield return new Snapshot("rule", rule.Id, rule.Title, new()
            {
                ["role"] = Aspect.Of(rule.Role.ToString()),
                ["appliesTo"] = Aspect.Of(rule.AppliesTo.ToString()),
                ["pathway"] = Aspect.Of(rule.Pathway?.ToName()),
                ["thresholds"] = Aspect.List(rule.Thresholds.Select(t => t.ToString())),
                ["period"] = Aspect.Of(rule.Period is null ? null : $"{rule.Period.Value} {rule.Period.Unit}"),
                ["text"] = Aspect.Of(rule.Text),
                ["citation"] = Aspect.Of(rule.Citation),
                ["confidence"] = Aspect.Of(rule.Provenance.Confidence.ToString()),
            });
        }

        foreach (var domain in e.Domains)
        {
            yield return new Snapshot("domain", domain.Id, domain.Name, new()
            {
                ["name"] = Aspect.Of(domain.Name),
                ["exclusions"] = Aspect.List(domain.Exclusions.Select(x => x.Id)),
            });
            foreach (var scenario in domain.Scenarios)
            {
                yield return new Snapshot("scenario", scenario.Id, scenario.Name, new()
                {
                    ["name"] = Aspect.Of(scenario.Name),
                    ["domain"] = Aspect.Of(domain.Id),
                    ["items"] = Aspect.List(scenario.Items.Select(i => i.Id)),
                });
                foreach (var item in scenario.Items)
                {
                    yield return Item(item, scenario.Id);
                }
            }

            foreach (var item in domain.Items)
            {
                yield return Item(item, $"{domain.Id} ({item.Scope?.ToString().ToUpperInvariant()}{(item.ScenarioIds.Count > 0 ? ": " + string.Join(", ", item.ScenarioIds) : string.Empty)})");
            }
        }

        foreach (var category in e.Categories)
        {
            yield return new Snapshot("category", category.Id, category.Name, new() { ["name"] = Aspect.Of(category.Name) });
            foreach (var sub in category.Subcategories)
            {
                yield return new Snapshot("subcategory", sub.Id, sub.Name, new()
                {
                    ["name"] = Aspect.Of(sub.Name),
                    ["category"] = Aspect.Of(category.Id),
                    ["kind"] = Aspect.Of(sub.Kind.ToString()),
                    ["pathway"] = Aspect.Of(sub.Pathway.ToName()),
                    ["features"] = Aspect.Of(sub.Features),
                    ["examples"] = Aspect.List(sub.Examples),
                    ["citation"] = Aspect.Of(sub.Citation),
                });
            }
        }

        foreach (var c in e.ReferenceCriteria)
        {
            var text = c.Text ?? c.TextEn ?? string.Empty;
            yield return new Snapshot("criterion", c.Id, text, new()
            {
                ["text"] = Aspect.Of(text),
                ["persons"] = Aspect.Of(c.Persons?.ToString(CultureInfo.InvariantCulture)),
                ["citation"] = Aspect.Of(c.Citation),
            });
        }

        foreach (var d in e.Duties)
        {
            yield return new Snapshot("duty", d.Id, d.Text, new() { ["text"] = Aspect.Of(d.Text), ["citation"] = Aspect.Of(d.Citation) });
        }
    }

    private static Snapshot Item(ListItem item, string where) => new("item", item.Id, item.Name, new()
    {
        ["name"] = Aspect.Of(item.Name),
        ["scenario"] = Aspect.Of(where),
        ["kind"] = Aspect.Of(item.Kind.ToString()),
        ["pathway"] = Aspect.Of(item.Pathway?.ToName() ?? "unknown"),
        ["thresholds"] = item.ThresholdsKnown ? Aspect.List(item.Thresholds.Select(t => t.ToString())) : Aspect.Of("unknown"),
        ["fields"] = Aspect.List(item.Fields.Select(f => f.Id)),
        ["exceptions"] = Aspect.List(item.Exceptions.Select(x => $"{x.Id} → {x.Effect.ToName()}")),
        ["citation"] = Aspect.Of(item.Citation),
        ["confidence"] = Aspect.Of(item.Provenance.Confidence.ToString()),
    });

    private sealed record Snapshot(string Entry, string Id, string Name, Dictionary<string, Aspect> Aspects);

    /// <summary>A compared value: one text, or a list compared member by member.</summary>
    private sealed record Aspect(IReadOnlyList<string> Values, bool IsList)
    {
        public static readonly Aspect None = new([], false);

        public string? Text => Values.Count == 0 ? null : string.Join("; ", Values);

        public static Aspect Of(string? value) => value is null ? None : new([value], false);

        public static Aspect List(IEnumerable<string> values) => new([.. values.Order(StringComparer.Ordinal)], true);
    }
}
