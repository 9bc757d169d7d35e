using Chujing.Domain.Catalog;
using Chujing.Web.Localization;

namespace Chujing.Web.Editions;

/// <summary>
/// Names for the impact page where the report holds ids: the editions' titles, items and fields by name (Chinese,
/// English beside), band lines (<c>item: band</c>) as the item's name and the band in words, processors by name.
/// What it does not know reads as given. Immutable.
/// </summary>
public sealed class ImpactLabels
{
    private readonly Dictionary<string, ListItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CatalogField> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ListItem Item, Threshold Band)> _bands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CatalogEdition> _editions = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _processors;

    /// <param name="editions">The revision first, then the editions it revises (the first definition of an item wins).</param>
    /// <param name="processors">Processor names by USCC.</param>
    public ImpactLabels(IEnumerable<CatalogEdition> editions, IReadOnlyDictionary<string, string> processors)
    {
        ArgumentNullException.ThrowIfNull(editions);
        _processors = processors ?? throw new ArgumentNullException(nameof(processors));
        foreach (var edition in editions)
        {
            _editions.TryAdd(edition.Id, edition);
            foreach (var item in edition.Items)
            {
                _items.TryAdd(item.Id, item);
                foreach (var field in item.Fields)
                {
                    _fields.TryAdd(field.Id, field);
                }

                // The impact writes a band as the item's id and the band's own text: the same text finds both again.
                foreach (var band in item.Thresholds)
                {
                    _bands.TryAdd(item.Id + ": " + band, (item, band));
                }
            }
        }
    }

    /// <summary>The edition's title in the UI language, or its id.</summary>
    public string Edition(string? id, bool english) =>
        id is not null && _editions.TryGetValue(id, out var e) ? (english && !string.IsNullOrEmpty(e.TitleEn) ? e.TitleEn : e.Title) : id ?? "—";

    /// <summary>The item's name in the UI language and in the other one (null when it has none), or its id.</summary>
    public (string Name, string? Beside) Item(string id, bool english) =>
        _items.TryGetValue(id, out var item) ? Pair(item.Name, item.NameEn, english) : (id, null);

    /// <summary>The field's name in the UI language and in the other one, or its id.</summary>
    public (string Name, string? Beside) Field(string id, bool english) =>
        _fields.TryGetValue(id, out var field) ? Pair(field.Name, field.NameEn, english) : (id, null);

    /// <summary>A band line as people read it: <c>临床试验受试者个人信息：敏感个人信息 5,000 人以上 → 数据出境安全评估</c>.</summary>
    public string Band(string line, bool english)
    {
        if (!_bands.TryGetValue(line, out var found))
        {
            return line;
        }

        var name = english && !string.IsNullOrEmpty(found.Item.NameEn) ? found.Item.NameEn : found.Item.Name;
        return name + (english ? ": " : "：") + CatalogLabels.Band(found.Band, english);
    }

    /// <summary>The processor's name, or its USCC when the caller may not see it.</summary>
    public string Processor(string uscc) => _processors.GetValueOrDefault(uscc) ?? uscc;

    private static (string Name, string? Beside) Pair(string zh, string? en, bool english) =>
        english && !string.IsNullOrEmpty(en) ? (en, zh) : (zh, string.IsNullOrEmpty(en) ? null : en);
}
