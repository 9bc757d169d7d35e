using Chujing.Domain.Catalog;
using Chujing.Web.Assessment;

namespace Chujing.Web.Pages.Filings;

/// <summary>
/// What the filing form offers to choose from, taken from the catalogs: the list editions of the platform's zone,
/// each edition's scenarios by domain, and each scenario's fields with their Chinese and English names and synonyms.
/// Nothing is typed by hand, so an id cannot be mistyped.
/// </summary>
public sealed record CatalogPicker(IReadOnlyList<CatalogPicker.EditionChoice> Editions)
{
    public static CatalogPicker From(ListZones zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        return new CatalogPicker([.. zones.Lists.Select(e => new EditionChoice(
            e.Id,
            e.Title,
            e.TitleEn,
            [.. e.Domains.SelectMany(d => d.Scenarios.Select(s => new ScenarioChoice(
                s.Id,
                s.Name,
                s.NameEn,
                d.Name,
                d.NameEn,
                [.. d.ItemsOf(s).SelectMany(i => i.Fields).DistinctBy(f => f.Id).Select(f => new FieldChoice(f.Id, f.Name, f.NameEn, f.Sensitive, f.Synonyms))])))]))]);
    }

    /// <summary>A list edition and its scenarios.</summary>
    public sealed record EditionChoice(string Id, string Title, string? TitleEn, IReadOnlyList<ScenarioChoice> Scenarios);

    /// <summary>A scenario, its domain's names and its fields.</summary>
    public sealed record ScenarioChoice(string Id, string Name, string? NameEn, string Domain, string? DomainEn, IReadOnlyList<FieldChoice> Fields);

    /// <summary>A field of a scenario; <see cref="Synonyms"/> are the column names and words that also mean it.</summary>
    public sealed record FieldChoice(string Id, string Name, string? NameEn, bool Sensitive, IReadOnlyList<string> Synonyms);
}
