using System.Collections.Concurrent;
using Chujing.Domain.Catalog;
using Chujing.Web.Localization;

namespace Chujing.Web.Assessment;

/// <summary>
/// Names of list editions, domains, scenarios and fields for the UI (Chinese, or English under the switch or when
/// asked); ids when no catalog is loaded or the id is unknown. Editions published in the platform are named too
/// (<paramref name="platform"/>). Thread-safe.
/// </summary>
public sealed class CatalogNames(CatalogSet? catalogs, Editions.PlatformCatalogs? platform = null)
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, CatalogField>> _fields = new(StringComparer.Ordinal);

    /// <summary>The scenario's name in <paramref name="edition"/>, or its id.</summary>
    public string Scenario(string edition, string scenario) => Scenario(edition, scenario, UiText.IsEnglish);

    /// <summary>The scenario's name in Chinese, or in English when <paramref name="english"/> (Chinese when it has none).</summary>
    public string Scenario(string edition, string scenario, bool english) =>
        Find(edition, scenario) is { } found ? Pick(found.Scenario.Name, found.Scenario.NameEn, english) : scenario;

    /// <summary>
    /// The scenario's name where the edition is not known for sure (an export event names a scenario, not its list):
    /// in <paramref name="edition"/> when it has the scenario, else in the newest edition that has it, else its id.
    /// </summary>
    public string ScenarioAnywhere(string? edition, string scenario, bool english)
    {
        if (edition is not null && Find(edition, scenario) is { } own)
        {
            return Pick(own.Scenario.Name, own.Scenario.NameEn, english);
        }

        var newest = catalogs?.Editions.OrderByDescending(e => e.Effective).Select(e => Find(e.Id, scenario)).FirstOrDefault(f => f is not null);
        return newest is { } found ? Pick(found.Scenario.Name, found.Scenario.NameEn, english) : scenario;
    }

    /// <summary>The ids of the scenarios, in any edition, whose Chinese or English name contains <paramref name="text"/> (ignoring case).</summary>
    public IReadOnlyList<string> ScenariosNamed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return catalogs is null
            ? []
            : [.. catalogs.Editions.SelectMany(e => e.Domains).SelectMany(d => d.Scenarios)
                .Where(s => s.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || (s.NameEn?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false))
                .Select(s => s.Id).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The name of the domain the scenario belongs to, or the edition id when unknown.</summary>
    public string Domain(string edition, string scenario) =>
        Find(edition, scenario) is { } found ? Pick(found.Domain.Name, found.Domain.NameEn, UiText.IsEnglish) : edition;

    /// <summary>The edition's title (e.g. 中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）), or its id.</summary>
    public string Edition(string edition, bool english) =>
        FindEdition(edition) is { } e ? Pick(e.Title, e.TitleEn, english) : edition;

    /// <summary>A field's name (by id, name or synonym) in <paramref name="edition"/>, or what was given.</summary>
    public string Field(string edition, string field, bool english) =>
        Fields(edition).TryGetValue(field, out var f) ? Pick(f.Name, f.NameEn, english) : field;

    /// <summary>
    /// A field's name where the edition may not be known (an audit snapshot, a payload): in <paramref name="edition"/>
    /// when it has the field, else in the newest edition that has it, else what was given.
    /// </summary>
    public string FieldAnywhere(string? edition, string field, bool english)
    {
        if (edition is not null && Fields(edition).TryGetValue(field, out var own))
        {
            return Pick(own.Name, own.NameEn, english);
        }

        var newest = catalogs?.Editions.OrderByDescending(e => e.Effective).Select(e => Fields(e.Id).GetValueOrDefault(field)).FirstOrDefault(f => f is not null);
        return newest is { } found ? Pick(found.Name, found.NameEn, english) : field;
    }

    /// <summary>The edition's fields by id, Chinese name, English name and every synonym (first definition wins).</summary>
    public IReadOnlyDictionary<string, CatalogField> Fields(string edition)
    {
        if (_fields.TryGetValue(edition, out var known))
        {
            return known;
        }

        // An edition not (yet) known is not remembered: it may be published later.
        if (FindEdition(edition) is not { } e)
        {
            return new Dictionary<string, CatalogField>(StringComparer.Ordinal);
        }

        var byKey = new Dictionary<string, CatalogField>(StringComparer.Ordinal);
        foreach (var field in e.Items.SelectMany(i => i.Fields))
        {
            byKey.TryAdd(field.Id, field);
        }

        foreach (var field in e.Items.SelectMany(i => i.Fields))
        {
            foreach (var key in field.Synonyms.Prepend(field.NameEn ?? string.Empty).Prepend(field.Name).Where(k => k.Length > 0))
            {
                byKey.TryAdd(key, field);
            }
        }

        return _fields.GetOrAdd(edition, byKey);
    }

    /// <summary>
    /// A basis rule as a person reads it: its title as the decision stored it (Chinese), or in English the catalog's
    /// English name of the rule or list item it concerns (<c>beijing-ftz/2024#item</c>, a national rule's id; a note
    /// on an entry, <c>entry#note</c>, has its own Chinese title only). Never the id, unless nothing names it.
    /// </summary>
    public string Rule(string rule, string title, bool english)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var parts = rule.Split('#');
        (string Zh, string? En)? entry = parts.Length switch
        {
            // A note on an entry (entry#note, edition#item#note) has a title of its own, Chinese only.
            1 => catalogs?.Editions.SelectMany(e => e.Rules).FirstOrDefault(r => r.Id == rule) is { } national ? (national.Title, national.TitleEn) : null,
            2 => FindEdition(parts[0])?.Items.FirstOrDefault(i => i.Id == parts[1]) is { } item ? (item.Name, item.NameEn) : null,
            _ => null,
        };
        var zh = title.Length > 0 ? title : entry?.Zh ?? rule;
        return english && entry is { En: { Length: > 0 } en } ? en : zh;
    }

    /// <summary>A shipped edition, else one published in the platform.</summary>
    private CatalogEdition? FindEdition(string id) => catalogs?.Find(id) ?? platform?.Find(id);

    private static string Pick(string zh, string? en, bool english) => english && !string.IsNullOrEmpty(en) ? en : zh;

    private (CatalogDomain Domain, Scenario Scenario)? Find(string edition, string scenario)
    {
        if (FindEdition(edition) is not { } e)
        {
            return null;
        }

        foreach (var domain in e.Domains)
        {
            foreach (var s in domain.Scenarios)
            {
                if (s.Id == scenario)
                {
                    return (domain, s);
                }
            }
        }

        return null;
    }
}
