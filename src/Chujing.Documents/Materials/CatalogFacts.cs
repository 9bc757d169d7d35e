using Chujing.Domain.Catalog;
using Chujing.Documents.Model;

namespace Chujing.Documents.Materials;

/// <summary>
/// What the filing's list edition says about the filing's ids: the edition's title, the scenario's name, each filed
/// field's name and sensitivity, and the list items those fields belong to. Without the edition (an unknown id) every
/// name is the id as filed, and nothing is guessed.
/// </summary>
internal sealed class CatalogFacts
{
    private readonly CatalogEdition? _edition;
    private readonly Dictionary<string, (CatalogField Field, ListItem Item)> _fields = new(StringComparer.Ordinal);

    public CatalogFacts(FilingFacts filing, CatalogEdition? edition)
    {
        _edition = edition;
        if (edition is not null)
        {
            foreach (var item in edition.Items)
            {
                foreach (var field in item.Fields)
                {
                    _fields.TryAdd(field.Id, (field, item));
                    _fields.TryAdd(field.Name, (field, item));
                }
            }
        }

        Scenario = edition?.Scenarios.FirstOrDefault(s => s.Id == filing.Scenario);
        Fields = [.. filing.Fields.Select(f => _fields.TryGetValue(f, out var known) ? (known.Field.Name, known.Field.Sensitive, (string?)known.Item.Id) : (f, false, null))];
        var filedItems = Fields.Where(f => f.Item is not null).Select(f => f.Item!).ToHashSet(StringComparer.Ordinal);
        Items = edition is null ? [] : [.. edition.Items.Where(i => filedItems.Contains(i.Id))];
    }

    /// <summary>True when the edition is a free-trade-zone list (it names the zone that may use it).</summary>
    public bool IsZoneList => _edition?.Applicability?.Zone is not null;

    /// <summary>The edition's title, or its id when it is not known here.</summary>
    public string EditionTitle(string id) => _edition is null ? id : $"{_edition.Title}（{id}）";

    /// <summary>The edition's zone name (北京), when it is a zone list.</summary>
    public string? ZoneName => _edition?.Applicability?.ZoneName;

    public Scenario? Scenario { get; }

    /// <summary>Each filed field: its name, whether the catalog marks it sensitive, and its list item's id (null when unknown).</summary>
    public IReadOnlyList<(string Name, bool Sensitive, string? Item)> Fields { get; }

    /// <summary>The list items the filed fields belong to, in the edition's order.</summary>
    public IReadOnlyList<ListItem> Items { get; }

    /// <summary>The scenario as a reader sees it: name and id, or the id alone.</summary>
    public string ScenarioLabel(string id) => Scenario is null ? id : $"{Scenario.Name}（{id}）";
}
