using Chujing.Documents.Model;
using Chujing.Domain.Filings;
using Chujing.Persistence.Processors;
using Chujing.Web.Filings;

namespace Chujing.Web.Documents;

/// <summary>A filing as the platform shows it, as the facts its documents are filled from.</summary>
public static class FilingFactsMapping
{
    public static FilingFacts ToFacts(this FilingView filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var group = ZoneGroup.Beijing.FirstOrDefault(z => z.Id == filing.ZoneGroup);
        return new FilingFacts(
            filing.Id,
            FilingNames.Of(filing.Status),
            filing.Processor,
            filing.ProcessorName,
            group is null ? filing.ZoneGroup : $"{group.Name}组团 {group.NameEn}（{group.Id}）",
            filing.Title,
            filing.ListEdition,
            filing.Scenario,
            filing.Fields,
            [.. filing.Recipients.Select(r => new RecipientFact(r.Name, r.Country))],
            filing.Purpose,
            filing.ImportantData,
            filing.Persons.Personal,
            filing.Persons.Sensitive,
            filing.RetentionMonths,
            filing.SecurityMeasures,
            filing.ValidFrom,
            filing.ValidUntil,
            filing.Pathway,
            [.. filing.Basis.Select(b => new BasisFact(b.Rule, b.Title, b.Citation, b.Explanation))],
            filing.YearPersons.Personal,
            filing.YearPersons.Sensitive)
        {
            Decision = DecisionFacts.Read(filing.Assessment?.Text),
        };
    }
}
