using System.Text.RegularExpressions;
using Chujing.Domain.Catalog;
using Chujing.Domain.Text;
using Chujing.Web.Localization;

namespace Chujing.Web.Editions;

/// <summary>
/// The words of an edition diff where it holds codes: the kind of change and of entry, each aspect, and the values
/// (pathways, bands, confidences, kinds, fields, items, scenarios, domains, exceptions, exclusions) by their names
/// in the two editions compared, Chinese first with English beside. The code stays beside as <see cref="DiffLabel.Code"/>;
/// what is not known reads as given. Immutable.
/// </summary>
public sealed partial class DiffLabels
{
    private readonly Dictionary<string, (string Zh, string? En)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Threshold> _bands = new(StringComparer.Ordinal);
    private readonly bool _english;

    /// <param name="editions">The editions compared (the first definition of an id wins).</param>
    /// <param name="english">The UI language.</param>
    public DiffLabels(IEnumerable<CatalogEdition> editions, bool english)
    {
        ArgumentNullException.ThrowIfNull(editions);
        _english = english;
        foreach (var e in editions)
        {
            Add("edition", "edition", e.Title, e.TitleEn);
            Add("edition-id", e.Id, e.Title, e.TitleEn);
            foreach (var rule in e.Rules)
            {
                Add("rule", rule.Id, rule.Title, rule.TitleEn);
                AddBands(rule.Thresholds);
            }

            foreach (var domain in e.Domains)
            {
                Add("domain", domain.Id, domain.Name, domain.NameEn);
                foreach (var x in domain.Exclusions)
                {
                    Add("exclusion", x.Id, x.Text, x.TextEn);
                }

                foreach (var scenario in domain.Scenarios)
                {
                    Add("scenario", scenario.Id, scenario.Name, scenario.NameEn);
                }
            }

            foreach (var item in e.Items)
            {
                Add("item", item.Id, item.Name, item.NameEn);
                AddBands(item.Thresholds);
                foreach (var field in item.Fields)
                {
                    Add("field", field.Id, field.Name, field.NameEn);
                }

                foreach (var x in item.Exceptions)
                {
                    Add("exception", x.Id, x.Text, x.TextEn);
                }
            }

            foreach (var category in e.Categories)
            {
                Add("category", category.Id, category.Name, null);
                foreach (var sub in category.Subcategories)
                {
                    Add("subcategory", sub.Id, sub.Name, null);
                }
            }

            foreach (var c in e.ReferenceCriteria)
            {
                Add("criterion", c.Id, c.Text ?? c.TextEn ?? c.Id, c.TextEn);
            }

            foreach (var d in e.Duties)
            {
                Add("duty", d.Id, d.Text, d.TextEn);
            }
        }
    }

    /// <summary><c>新增</c> · <c>删除</c> · <c>修改</c>.</summary>
    public string Change(string change) => Word("edition.change." + change, change);

    /// <summary>The kind of entry: <c>条目</c>, <c>场景</c>, <c>条款</c>…</summary>
    public string Entry(string entry) => Word("edition.entry." + entry, entry);

    /// <summary>The entry's name in the UI language, with the other language beside (null when it has none).</summary>
    public (string Name, string? Beside) Name(EditionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _names.TryGetValue(Key(change.Entry, change.Id), out var n) ? Pair(n) : (change.Name, null);
    }

    /// <summary>The aspect's label: <c>出境路径</c>, <c>人数门槛</c>, <c>数据项</c>…</summary>
    public string Aspect(string aspect) => Word("edition.aspect." + aspect, aspect);

    /// <summary>One value of <paramref name="aspect"/> as a person reads it, with its code when that differs.</summary>
    public DiffLabel Value(string aspect, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = aspect switch
        {
            "pathway" or "effect" => PathwayNames.TryParse(value, out var p) ? CatalogLabels.Pathway(p, _english) : CatalogLabels.Pathway(null, _english),
            "thresholds" => value == "unknown" ? UiText.In("edition.thresholds-unknown", _english) : _bands.TryGetValue(value, out var band) ? CatalogLabels.Band(band, _english) : null,
            "confidence" => Enum.TryParse<Confidence>(value, out var c) ? CatalogLabels.Confidence(c, _english) : null,
            "kind" => Enum.TryParse<ItemKind>(value, out var k) ? UiText.In("edition.kind." + KebabNames.Of(k), _english) : null,
            "role" => Enum.TryParse<RuleRole>(value, out var r) ? Word("edition.rule-role." + KebabNames.Of(r), null) : null,
            "appliesTo" => Enum.TryParse<RuleScope>(value, out var s) ? Word("edition.rule-scope." + KebabNames.Of(s), null) : null,
            "ciioExcluded" or "requiresApproval" => bool.TryParse(value, out var b) ? UiText.In(b ? "self.answer.yes" : "self.answer.no", _english) : null,
            "fields" => Named("field", value),
            "items" => Named("item", value),
            "exclusions" => Named("exclusion", value),
            "domain" => Named("domain", value),
            "category" => Named("category", value),
            "exceptions" => Exception(value),
            "supersedes" => Named("edition-id", value),
            "zoneGroups" => ZoneGroups.Name(value, _english),
            "scenario" => Where(value),
            "period" => Period(value),
            _ => null,
        };
        return new DiffLabel(text ?? value, text is null || text == value ? null : value);
    }

    /// <summary><c>10 WorkingDays</c> (as the diff states a rule's period) → <c>10 个工作日</c> · <c>10 working days</c>.</summary>
    private string? Period(string value)
    {
        var parts = value.Split(' ', 2);
        return parts.Length == 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && Enum.TryParse<PeriodUnit>(parts[1], out var unit) && Enum.IsDefined(unit)
            ? $"{n} " + UiText.In("edition.period." + KebabNames.Of(unit), _english)
            : null;
    }

    private string? Named(string entry, string id) => _names.TryGetValue(Key(entry, id), out var n) ? Pair(n).Name : null;

    /// <summary><c>ota-exception → standard-contract-or-certification</c> as the exception's text and the pathway's label.</summary>
    private string? Exception(string value)
    {
        var parts = value.Split(" → ", 2);
        return parts.Length == 2 && Named("exception", parts[0]) is { } name && PathwayNames.TryParse(parts[1], out var p)
            ? name + " → " + CatalogLabels.Pathway(p, _english)
            : null;
    }

    /// <summary>Where an item sits: its scenario, or its domain with the scenarios it belongs to (<c>bj-pharma (LISTED: a, b)</c>).</summary>
    private string? Where(string value)
    {
        if (Named("scenario", value) is { } scenario)
        {
            return scenario;
        }

        var m = DomainScope().Match(value);
        if (!m.Success || Named("domain", m.Groups["domain"].Value) is not { } domain)
        {
            return null;
        }

        var scope = Enum.TryParse<ScenarioScope>(m.Groups["scope"].Value, ignoreCase: true, out var s) ? Word("edition.scope." + KebabNames.Of(s), null) : null;
        var listed = m.Groups["scenarios"].Success
            ? string.Join(_english ? ", " : "、", m.Groups["scenarios"].Value.Split(", ").Select(id => Named("scenario", id) ?? id))
            : null;
        return domain + (_english ? " (" : "（") + string.Join(_english ? ": " : "：", new[] { scope, listed }.Where(x => x is not null)) + (_english ? ")" : "）");
    }

    private string Word(string key, string? otherwise) => UiText.Has(key) ? UiText.In(key, _english) : otherwise ?? key;

    private (string Name, string? Beside) Pair((string Zh, string? En) n) =>
        _english && !string.IsNullOrEmpty(n.En) ? (n.En, n.Zh) : (n.Zh, string.IsNullOrEmpty(n.En) || n.En == n.Zh ? null : n.En);

    private void Add(string entry, string id, string zh, string? en) => _names.TryAdd(Key(entry, id), (zh, en));

    private void AddBands(IEnumerable<Threshold> bands)
    {
        foreach (var band in bands)
        {
            _bands.TryAdd(band.ToString(), band);
        }
    }

    private static string Key(string entry, string id) => entry + "\u001f" + id;

    [GeneratedRegex(@"^(?<domain>\S+) \((?<scope>[A-Z]*)(?:: (?<scenarios>.+))?\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DomainScope();
}
