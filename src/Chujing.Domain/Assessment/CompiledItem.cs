using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// A list item (or a category-based sub-category) with the basis entries a decision may cite, built once.
/// </summary>
internal sealed class CompiledItem
{
    public CompiledItem(ListItem item, CatalogDomain domain, CatalogEdition edition)
    {
        Id = item.Id;
        Kind = item.Kind;
        Pathway = item.Pathway;
        Bands = item.Thresholds;
        BandsKnown = item.ThresholdsKnown;
        Domain = domain;
        Exceptions = item.Exceptions;
        Keys = item.Fields.SelectMany(f => new[] { f.Id, f.Name }.Concat(f.NameEn is null ? [] : [f.NameEn]).Concat(f.Synonyms))
            .Append(item.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var rule = edition.Id + "#" + item.Id;
        var title = item.Name;
        Listed = item.Kind == ItemKind.ImportantData
            ? new BasisEntry(rule, item.Citation, $"The list names '{item.Name}' as important data, which needs a security assessment.", Catalog.Pathway.SecurityAssessment) { Title = title }
            : new BasisEntry(rule, item.Citation, $"The list's bands for '{item.Name}' are reached.", null) { Title = title };
        BelowBands = item.Kind == ItemKind.ImportantData
            ? new BasisEntry(rule, item.Citation, $"The list counts '{item.Name}' as important data only from its band, which the activity does not reach, so the list does not name this data.", Catalog.Pathway.Exempt) { Title = title }
            : new BasisEntry(rule, item.Citation, $"The list's bands for '{item.Name}' are not reached, so this data may leave without any of the three pathways.", Catalog.Pathway.Exempt) { Title = title };
        BandsUnknown = new BasisEntry(rule, item.Citation,
            $"The list names '{item.Name}' but no public source gives its person-count bands, so the national bands of arts. 7 and 8 are applied.", null) { Title = title };
        FieldsUnknown = item.Fields.Count == 0;
        PublishedNote = new BasisEntry(rule + "#published", item.Citation,
            $"The list does not apply to this processor, but it publishes '{item.Name}' as important data: if the processor has been notified of it, set importantData to true (art. 2).", null)
        {
            Title = "清单公布的重要数据",
        };
        Assumed = new BasisEntry(rule + "#fields-unknown", item.Citation,
            $"No public source gives the fields of '{item.Name}', so the personal information sent in this scenario is taken to fall under it.", null) { Title = "字段未公开，按落入该条目处理" };
        OtherRoute = new BasisEntry(rule, item.Citation,
            $"'{item.Name}' may leave only by another lawful route (human genetic resources reporting and backup), in every scenario.", null) { Title = title };
        Route = item.Pathway == Catalog.Pathway.OtherLawfulRoute
            ? new Duty(rule + "#other-route", "人类遗传资源信息对外提供的报告和备份", "Report and back up human genetic resources information before it is provided abroad", item.Citation)
            : null;
    }

    public CompiledItem(Subcategory sub, CatalogEdition edition)
    {
        Id = sub.Id;
        Kind = sub.Kind;
        Pathway = sub.Pathway;
        Bands = [];
        BandsKnown = sub.Kind == ItemKind.ImportantData;
        Exceptions = [];
        Keys = [sub.Id, sub.Name];
        var rule = edition.Id + "#" + sub.Id;
        var title = sub.Name;
        Listed = new BasisEntry(rule, sub.Citation, $"The catalogue lists '{sub.Name}', which needs {sub.Pathway.ToName()}.", sub.Pathway == Catalog.Pathway.OtherLawfulRoute ? null : sub.Pathway) { Title = title };
        BelowBands = Listed;
        BandsUnknown = new BasisEntry(rule, sub.Citation,
            $"The catalogue lists '{sub.Name}' but gives no person-count bands, so the national bands of arts. 7 and 8 are applied.", null) { Title = title };
        OtherRoute = Listed;
        Assumed = Listed;
        PublishedNote = new BasisEntry(rule + "#published", sub.Citation,
            $"The catalogue does not apply to this processor, but it publishes '{sub.Name}': if the processor has been notified of it as important data, set importantData to true (art. 2).", null)
        {
            Title = "目录公布的数据类别",
        };
    }

    public string Id { get; }

    public ItemKind Kind { get; }

    public Pathway? Pathway { get; }

    public IReadOnlyList<Threshold> Bands { get; }

    public bool BandsKnown { get; }

    public CatalogDomain? Domain { get; }

    public IReadOnlyList<ItemException> Exceptions { get; }

    /// <summary>The ids and names an activity may use to name this item's fields.</summary>
    public IReadOnlyList<string> Keys { get; }

    public BasisEntry Listed { get; }

    public BasisEntry BelowBands { get; }

    public BasisEntry BandsUnknown { get; }

    public BasisEntry OtherRoute { get; }

    /// <summary>The note said when the list does not apply but names this item as important data.</summary>
    public BasisEntry PublishedNote { get; }

    /// <summary>True when no public source gives the item's fields.</summary>
    public bool FieldsUnknown { get; }

    /// <summary>The note said when the item is applied because its fields are unknown.</summary>
    public BasisEntry Assumed { get; }

    public Duty? Route { get; }
}
