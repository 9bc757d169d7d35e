using System.Text.Json;
using Chujing.Domain.Assessment;
using Chujing.Domain.Serialization;
using Chujing.Persistence.Filings;

namespace Chujing.Web.Filings;

/// <summary>How a decision is kept with its filing: typed columns for the views, the JSON only as an archive.</summary>
internal static class FilingDecisions
{
    /// <summary>Writes <paramref name="decision"/> onto <paramref name="filing"/>: pathway, basis rows, catalog stamp and archive.</summary>
    public static void Store(Filing filing, Decision decision, DateTimeOffset at)
    {
        filing.Pathway = decision.Pathway;
        filing.Basis = [.. decision.Basis.Select(b => new FilingBasisRow
        {
            Rule = b.Rule,
            Title = b.Title ?? string.Empty,
            Citation = b.Citation,
            Explanation = b.Explanation,
            Pathway = b.Pathway,
        })];
        filing.CatalogStamp = Stamp(decision.Catalogs);
        filing.AssessedAt = at;
        filing.OutOfDate = false;
        filing.ReassessedPathway = null;

        // The archive is what `chujing assess --json` prints for the same activity; the platform never reads it back.
        filing.DecisionJson = JsonSerializer.Serialize(decision, JsonConventions.Compact);
    }

    /// <summary>The editions a decision used, <c>id@hash</c>, space-separated.</summary>
    public static string Stamp(IEnumerable<EditionStamp> editions) => string.Join(' ', editions.Select(e => e.Id + "@" + e.Hash));
}
