using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// A list item (or a category-based sub-category) with the basis entries a decision may cite, built once.
/// </summary>
internal sealed class CompiledItem
{
    public CompiledItem(ListItem item, CatalogDomain domain, CatalogEdition edition, IReadOnlyList<Threshold> nationalBands)
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
        Confidence = confidence;
        Name = item.Name;
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

        // A personal-information item with a figure for one counter only: the national bands decide the other.
        Unbanded = item.Kind == ItemKind.PersonalInformation && item.ThresholdsKnown && item.Thresholds.Count > 0
            ? [.. Enum.GetValues<Counter>().Where(c => !item.Thresholds.Any(t => t.Counter == c))]
            : [];
        EffectiveBands = [.. item.Thresholds, .. nationalBands.Where(b => Unbanded.Contains(b.Counter))];
        UnbandedNotes = [.. Unbanded.Select(c => EngineNotes.Entry(EngineNotes.CounterUnbanded, BasisId.Note(rule, EngineNotes.CounterUnbanded.Id), item.Citation, null,
            [item.Name, c == Counter.Personal ? "non-sensitive personal information" : "sensitive personal information"],
            [item.Name, c == Counter.Personal ? "个人信息（不含敏感个人信息）" : "敏感个人信息"]))];
        PublishedNote = EngineNotes.Entry(EngineNotes.ItemPublished, BasisId.Note(rule, EngineNotes.ItemPublished.Id), item.Citation, null, name) with { Confidence = confidence };
        Assumed = EngineNotes.Entry(EngineNotes.ItemFieldsUnknown, BasisId.Note(rule, EngineNotes.ItemFieldsUnknown.Id), item.Citation, null, name) with { Confidence = confidence };
        OtherRoute = Of(EngineNotes.ItemOtherRoute, null);
        SetAside = [.. Enum.GetValues<Catalog.Confidence>().Select(min => BelowMin(item.Name, rule, item.Citation, confidence, min))];
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
        EffectiveBands = [];
        Unbanded = [];
        UnbandedNotes = [];
        BandsKnown = sub.Kind == ItemKind.ImportantData;
        Exceptions = [];
        Keys = [sub.Id, sub.Name];
        var rule = BasisId.Item(edition.Id, sub.Id);
        var confidence = sub.Provenance.Confidence;
        Confidence = confidence;
        Name = sub.Name;
        Listed = EngineNotes.Entry(EngineNotes.CategoryListed, rule, sub.Citation, sub.Pathway == Catalog.Pathway.OtherLawfulRoute ? null : sub.Pathway,
            [sub.Name, sub.Pathway.ToName()], [sub.Name, EngineNotes.PathwayZh(sub.Pathway)]) with { Title = sub.Name, Confidence = confidence };
        BelowBands = Listed;
        BandsUnknown = EngineNotes.Entry(EngineNotes.CategoryBandsUnknown, rule, sub.Citation, null, [sub.Name]) with { Title = sub.Name, Confidence = confidence };
        OtherRoute = Listed;
        Assumed = Listed;
        SetAside = [.. Enum.GetValues<Catalog.Confidence>().Select(min => BelowMin(sub.Name, rule, sub.Citation, confidence, min))];
        PublishedNote = EngineNotes.Entry(EngineNotes.CategoryPublished, BasisId.Note(rule, EngineNotes.CategoryPublished.Id), sub.Citation, null, [sub.Name]) with { Confidence = confidence };
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>How well sources support the item (its figure, fields and pathway).</summary>
    public Catalog.Confidence Confidence { get; }

    public ItemKind Kind { get; }

    public Pathway? Pathway { get; }

    public IReadOnlyList<Threshold> Bands { get; }

    public bool BandsKnown { get; }

    /// <summary>The item's bands, and the national bands for a counter the item gives no figure for.</summary>
    public IReadOnlyList<Threshold> EffectiveBands { get; }

    /// <summary>Counters the item's bands do not cover (the national bands decide them).</summary>
    public IReadOnlyList<Counter> Unbanded { get; }

    /// <summary>One note per <see cref="Unbanded"/> counter.</summary>
    public IReadOnlyList<BasisEntry> UnbandedNotes { get; }

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

    /// <summary>The note that the item is set aside, by the minimum confidence asked (indexed by <see cref="Catalog.Confidence"/>).</summary>
    public IReadOnlyList<BasisEntry> SetAside { get; }

    /// <summary>The note that an entry below the minimum confidence is set aside.</summary>
    public static BasisEntry BelowMin(string name, string rule, string citation, Catalog.Confidence confidence, Catalog.Confidence min) =>
        EngineNotes.Entry(EngineNotes.BelowMinConfidence, BasisId.Note(rule, EngineNotes.BelowMinConfidence.Id), citation, null,
            [name, Filings.FilingNames.Of(confidence), Filings.FilingNames.Of(min)]) with { Confidence = confidence };
}
