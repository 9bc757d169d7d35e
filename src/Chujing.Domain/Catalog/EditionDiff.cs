namespace Chujing.Catalog;

/// <summary>
/// What changed from one edition to another: entries matched by id, compared on the aspects that change a
/// decision (pathways, thresholds, fields, exceptions, kinds) and on names and citations.
/// </summary>
public sealed record EditionDiff(string From, string To, string FromHash, string ToHash, IReadOnlyList<EditionChange> Changes)
{
    /// <summary>Compares <paramref name="from"/> with <paramref name="to"/>. Pure; any two editions, of any family.</summary>
    public static EditionDiff Compare(CatalogEdition from, CatalogEdition to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = new List<EditionChange>();
        Match(changes, Entries(from), Entries(to));
        return new EditionDiff(from.Id, to.Id, from.ContentHash, to.ContentHash, changes);
    }

    private static void Match(List<EditionChange> changes, IReadOnlyList<Snapshot> a, IReadOnlyList<Snapshot> b)
    {
        var before = a.ToDictionary(s => (s.Entry, s.Id));
        var after = b.ToDictionary(s => (s.Entry, s.Id));
        foreach (var s in a.Where(s => !after.ContainsKey((s.Entry, s.Id))))
        {
            changes.Add(new EditionChange("removed", s.Entry, s.Id, s.Name, []));
        }

        foreach (var s in b)
        {
            if (!before.TryGetValue((s.Entry, s.Id), out var old))
            {
                changes.Add(new EditionChange("added", s.Entry, s.Id, s.Name, []));
                continue;
            }

            var details = new List<string>();
            foreach (var (aspect, value) in s.Aspects)
            {
                var oldValue = old.Aspects.GetValueOrDefault(aspect, string.Empty);
                if (!string.Equals(oldValue, value, StringComparison.Ordinal))
                {
                    details.Add($"{aspect}: {Show(oldValue)} → {Show(value)}");
                }
            }

            foreach (var aspect in old.Aspects.Keys.Where(k => !s.Aspects.ContainsKey(k)))
            {
                details.Add($"{aspect}: {Show(old.Aspects[aspect])} → (none)");
            }

            if (details.Count > 0)
            {
                changes.Add(new EditionChange("changed", s.Entry, s.Id, s.Name, details));
            }
        }
    }

    private static string Show(string value) => value.Length == 0 ? "(none)" : value;

    private static List<Snapshot> Entries(CatalogEdition edition)
    {
        var list = new List<Snapshot>();
        foreach (var rule in edition.Rules)
        {
            list.Add(new Snapshot("rule", rule.Id, rule.Title, new()
            {
                ["role"] = rule.Role.ToString(),
                ["appliesTo"] = rule.AppliesTo.ToString(),
                ["pathway"] = rule.Pathway?.ToName() ?? string.Empty,
                ["thresholds"] = Bands(rule.Thresholds),
                ["period"] = rule.Period is null ? string.Empty : $"{rule.Period.Value} {rule.Period.Unit}",
                ["citation"] = rule.Citation,
                ["confidence"] = rule.Provenance.Confidence.ToString(),
            }));
        }

        foreach (var domain in edition.Domains)
        {
            list.Add(new Snapshot("domain", domain.Id, domain.Name, new()
            {
                ["name"] = domain.Name,
                ["exclusions"] = string.Join(", ", domain.Exclusions.Select(e => e.Id)),
            }));
            foreach (var scenario in domain.Scenarios)
            {
                list.Add(new Snapshot("scenario", scenario.Id, scenario.Name, new()
                {
                    ["name"] = scenario.Name,
                    ["domain"] = domain.Id,
                    ["items"] = string.Join(", ", scenario.Items.Select(i => i.Id)),
                }));
                foreach (var item in scenario.Items)
                {
                    list.Add(Item(item, scenario.Id));
                }
            }

            foreach (var item in domain.Items)
            {
                list.Add(Item(item, $"{domain.Id} ({item.Scope?.ToString().ToLowerInvariant()}: {string.Join(", ", item.ScenarioIds)})"));
            }
        }

        foreach (var category in edition.Categories)
        {
            list.Add(new Snapshot("category", category.Id, category.Name, new() { ["name"] = category.Name }));
            foreach (var sub in category.Subcategories)
            {
                list.Add(new Snapshot("subcategory", sub.Id, sub.Name, new()
                {
                    ["name"] = sub.Name,
                    ["category"] = category.Id,
                    ["kind"] = sub.Kind.ToString(),
                    ["pathway"] = sub.Pathway.ToName(),
                    ["features"] = sub.Features ?? string.Empty,
                    ["examples"] = string.Join(", ", sub.Examples),
                    ["citation"] = sub.Citation,
                }));
            }
        }

        foreach (var criterion in edition.ReferenceCriteria)
        {
            var text = criterion.Text ?? criterion.TextEn ?? string.Empty;
            list.Add(new Snapshot("criterion", criterion.Id, text, new() { ["text"] = text, ["persons"] = criterion.Persons?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, ["citation"] = criterion.Citation }));
        }

        return list;
    }

    private static Snapshot Item(ListItem item, string where) => new("item", item.Id, item.Name, new()
    {
        ["name"] = item.Name,
        ["scenario"] = where,
        ["kind"] = item.Kind.ToString(),
        ["pathway"] = item.Pathway?.ToName() ?? "unknown",
        ["thresholds"] = item.ThresholdsKnown ? Bands(item.Thresholds) : "unknown",
        ["fields"] = string.Join(", ", item.Fields.Select(f => f.Id)),
        ["exceptions"] = string.Join(", ", item.Exceptions.Select(e => $"{e.Id}→{e.Effect.ToName()}")),
        ["citation"] = item.Citation,
        ["confidence"] = item.Provenance.Confidence.ToString(),
    });

    private static string Bands(IReadOnlyList<Threshold> thresholds) =>
        string.Join("; ", thresholds.Select(t => t.ToString()).Order(StringComparer.Ordinal));

    private sealed record Snapshot(string Entry, string Id, string Name, Dictionary<string, string> Aspects);
}
