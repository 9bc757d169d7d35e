using Chujing.Domain.Catalog;

namespace Chujing.Domain.Consistency;

/// <summary>
/// The words of one list edition the check compares by: every scenario by id and name, every field by id, Chinese
/// name, English name and synonym (and an item by its id), each mapped to one canonical id, the names compared by
/// <see cref="FieldNameComparer"/> (case, <c>_</c>, <c>-</c> and spaces do not count). Built once per edition;
/// immutable and thread-safe.
/// </summary>
internal sealed class ListVocabulary
{
    private readonly Dictionary<string, string> _scenarios = new(FieldNameComparer.Instance);
    private readonly Dictionary<string, ListTerm> _everywhere = new(FieldNameComparer.Instance);
    private readonly Dictionary<string, Dictionary<string, ListTerm>> _byScenario = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string? NameEn)> _scenarioNames = new(StringComparer.Ordinal);

    public ListVocabulary(CatalogEdition edition)
    {
        Edition = edition;
        foreach (var domain in edition.Domains)
        {
            foreach (var scenario in domain.Scenarios)
            {
                _scenarios.TryAdd(scenario.Id, scenario.Id);
                _scenarios.TryAdd(scenario.Name, scenario.Id);
                _scenarioNames.TryAdd(scenario.Id, (scenario.Name, scenario.NameEn));
                if (scenario.NameEn is { } en)
                {
                    _scenarios.TryAdd(en, scenario.Id);
                }

                var terms = new Dictionary<string, ListTerm>(FieldNameComparer.Instance);
                foreach (var item in domain.ItemsOf(scenario))
                {
                    Add(terms, item);
                }

                _byScenario[scenario.Id] = terms;
            }

            foreach (var item in domain.Scenarios.SelectMany(s => s.Items).Concat(domain.Items))
            {
                Add(_everywhere, item);
            }
        }

        foreach (var category in edition.Categories)
        {
            _scenarios.TryAdd(category.Id, category.Id);
            _scenarios.TryAdd(category.Name, category.Id);
            _scenarioNames.TryAdd(category.Id, (category.Name, null));
            var terms = new Dictionary<string, ListTerm>(FieldNameComparer.Instance);
            foreach (var sub in category.Subcategories)
            {
                var term = new ListTerm(sub.Id, sub.Name, null, sub.Id, sub.Name, null, sub.Citation);
                terms.TryAdd(sub.Id, term);
                terms.TryAdd(sub.Name, term);
                _everywhere.TryAdd(sub.Id, term);
                _everywhere.TryAdd(sub.Name, term);
            }

            _byScenario[category.Id] = terms;
        }
    }

    public CatalogEdition Edition { get; }

    /// <summary>The scenario id that <paramref name="idOrName"/> names, or null.</summary>
    public string? Scenario(string idOrName) => _scenarios.GetValueOrDefault(idOrName.Trim());

    /// <summary>
    /// The name people read for the scenario <paramref name="idOrName"/> names (Chinese, or English when
    /// <paramref name="english"/> and the edition gives one), or null when the edition has no such scenario.
    /// </summary>
    public string? ScenarioName(string idOrName, bool english) =>
        Scenario(idOrName) is { } id && _scenarioNames.TryGetValue(id, out var name) ? (english ? name.NameEn ?? name.Name : name.Name) : null;

    /// <summary>The edition's title (Chinese, or English when <paramref name="english"/> and it has one).</summary>
    public string Title(bool english) => english ? Edition.TitleEn ?? Edition.Title : Edition.Title;

    /// <summary>The field <paramref name="idOrName"/> names, looked up in <paramref name="scenarioId"/> first, then in the whole edition.</summary>
    public ListTerm? Field(string? scenarioId, string idOrName)
    {
        var key = idOrName.Trim();
        return scenarioId is not null && _byScenario.TryGetValue(scenarioId, out var terms) && terms.TryGetValue(key, out var term)
            ? term
            : _everywhere.GetValueOrDefault(key);
    }

    private static void Add(Dictionary<string, ListTerm> terms, ListItem item)
    {
        foreach (var field in item.Fields)
        {
            var term = new ListTerm(field.Id, field.Name, field.NameEn, item.Id, item.Name, item.NameEn, item.Citation);
            terms.TryAdd(field.Id, term);
            terms.TryAdd(field.Name, term);
            if (field.NameEn is { } en)
            {
                terms.TryAdd(en, term);
            }

            foreach (var synonym in field.Synonyms)
            {
                terms.TryAdd(synonym, term);
            }
        }

        terms.TryAdd(item.Id, new ListTerm(item.Id, item.Name, item.NameEn, item.Id, item.Name, item.NameEn, item.Citation));
    }
}
