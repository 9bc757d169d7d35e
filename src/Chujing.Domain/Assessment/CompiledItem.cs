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
        var rule = BasisId.Item(edition.Id, item.Id);
        var title = item.Name;
        var confidence = item.Provenance.Confidence;
        string[] name = [item.Name];
        BasisEntry Of(EngineNote note, Catalog.Pathway? pathway) =>
            EngineNotes.Entry(note, rule, item.Citation, pathway, name) with { Title = title, Confidence = confidence };
        Listed = item.Kind == ItemKind.ImportantData
            ? Of(EngineNotes.ItemImportantData, Catalog.Pathway.SecurityAssessment)
            : Of(EngineNotes.ItemBandsReached, null);
        BelowBands = item.Kind == ItemKind.ImportantData
            ? Of(EngineNotes.ItemImportantBelow, Catalog.Pathway.Exempt)
            : Of(EngineNotes.ItemBelow, Catalog.Pathway.Exempt);
        BandsUnknown = Of(EngineNotes.ItemBandsUnknown, null);
        FieldsUnknown = item.Fields.Count == 0;
        PublishedNote = EngineNotes.Entry(EngineNotes.ItemPublished, BasisId.Note(rule, EngineNotes.ItemPublished.Id), item.Citation, null, name) with { Confidence = confidence };
        Assumed = EngineNotes.Entry(EngineNotes.ItemFieldsUnknown, BasisId.Note(rule, EngineNotes.ItemFieldsUnknown.Id), item.Citation, null, name) with { Confidence = confidence };
        OtherRoute = Of(EngineNotes.ItemOtherRoute, null);
        Route = item.Pathway == Catalog.Pathway.OtherLawfulRoute
            ? new Duty(BasisId.Note(rule, EngineNotes.ItemOtherRoute.Id), "人类遗传资源信息对外提供的报告和备份", "Report and back up human genetic resources information before it is provided abroad", item.Citation)
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
        var rule = BasisId.Item(edition.Id, sub.Id);
        var confidence = sub.Provenance.Confidence;
        Listed = EngineNotes.Entry(EngineNotes.CategoryListed, rule, sub.Citation, sub.Pathway == Catalog.Pathway.OtherLawfulRoute ? null : sub.Pathway,
            [sub.Name, sub.Pathway.ToName()], [sub.Name, EngineNotes.PathwayZh(sub.Pathway)]) with { Title = sub.Name, Confidence = confidence };
        BelowBands = Listed;
        BandsUnknown = EngineNotes.Entry(EngineNotes.CategoryBandsUnknown, rule, sub.Citation, null, [sub.Name]) with { Title = sub.Name, Confidence = confidence };
        OtherRoute = Listed;
        Assumed = Listed;
        PublishedNote = EngineNotes.Entry(EngineNotes.CategoryPublished, BasisId.Note(rule, EngineNotes.CategoryPublished.Id), sub.Citation, null, [sub.Name]) with { Confidence = confidence };
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
