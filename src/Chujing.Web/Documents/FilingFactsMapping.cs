using Chujing.Documents;
using Chujing.Documents.Model;
using Chujing.Domain.Filings;
using Chujing.Persistence.Processors;
using Chujing.Web.Filings;

namespace Chujing.Web.Documents;

/// <summary>A filing as the platform shows it, as the facts its documents are filled from.</summary>
public static class FilingFactsMapping
{
    /// <summary>The zone group's label (大兴组团 Daxing（daxing）); null for an id that names no Beijing zone group.</summary>
    public static string? ZoneGroupLabel(string id) =>
        ZoneGroup.Beijing.FirstOrDefault(z => z.Id == id) is { } group ? FilingLabels.ZoneGroup(group.Id, group.Name, group.NameEn) : null;

    /// <summary>A country as the documents show it: its Chinese name and its code (瑞士 CH), the same in the API and the CLI.</summary>
    public static string CountryLabel(string code) =>
        Localization.CountryNames.Of(code, english: false) is var name && name != code ? name + " " + code : code;

    public static FilingFacts ToFacts(this FilingView filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return new FilingFacts(
            filing.Id,
            FilingLabels.Status(filing.Status),
            filing.Processor,
            filing.ProcessorName,
            ZoneGroupLabel(filing.ZoneGroup) ?? filing.ZoneGroup,
            filing.Title,
            filing.ListEdition,
            filing.Scenario,
            filing.Fields,
            [.. filing.Recipients.Select(r => new RecipientFact(r.Name, r.Country, CountryLabel(r.Country)))],
            filing.Purpose,
            filing.ImportantData,
            filing.Persons.Personal,
            filing.Persons.Sensitive,
            filing.RetentionMonths,
            filing.SecurityMeasures,
            filing.ValidFrom,
            filing.ValidUntil,
            filing.Pathway,
            [.. filing.Basis.Select(b => new BasisFact(b.Rule, b.Title, b.Citation, b.Explanation) { ExplanationZh = b.ExplanationZh })],
            filing.YearPersons.Personal,
            filing.YearPersons.Sensitive)
        {
            Decision = DecisionFacts.Read(filing.Assessment?.Text),
        };
    }
}
