using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>A scenario (or category) with its items and a field lookup by id or name.</summary>
internal sealed class CompiledScenario
{
    private readonly Dictionary<string, CompiledItem[]> _fields = new(StringComparer.OrdinalIgnoreCase);

    public CompiledScenario(string id, string name, CatalogDomain? domain, IReadOnlyList<CompiledItem> items)
    {
        Id = id;
        Name = name;
        Domain = domain;
        Items = items;
        foreach (var group in items.SelectMany(i => i.Keys.Select(k => (Key: k, Item: i))).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            _fields[group.Key] = group.Select(p => p.Item).Distinct().ToArray();
        }

        FieldNames = _fields.Keys.ToArray();
    }

    public string Id { get; }

    public string Name { get; }

    public CatalogDomain? Domain { get; }

    public IReadOnlyList<CompiledItem> Items { get; }

    public IReadOnlyList<string> FieldNames { get; }

    public IReadOnlyList<CompiledItem>? FindField(string idOrName) => _fields.GetValueOrDefault(idOrName);
}
