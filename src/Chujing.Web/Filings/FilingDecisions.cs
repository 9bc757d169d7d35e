using System.Text.Json;
using Chujing.Domain.Assessment;
using Chujing.Documents.Model;
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
            ExplanationZh = b.ExplanationZh,
            Pathway = b.Pathway,
        })];
        filing.CatalogStamp = Stamp(decision.Catalogs);
        filing.AssessedAt = at;
        filing.OutOfDate = false;
        filing.ReassessedPathway = null;

        // The archive is what `chujing assess --json` prints for the same activity; the platform never reads it back.
        filing.DecisionJson = JsonSerializer.Serialize(decision, JsonConventions.Compact);
    }

    /// <summary>
    /// The filing's basis as views show it. Rows stored before the Chinese explanation was kept beside the English
    /// one take it from the decision's archive (the engine's own output, which carries both); a row the archive does
    /// not explain keeps its English text alone.
    /// </summary>
    public static IReadOnlyList<FilingBasisView> Views(Filing filing)
    {
        IReadOnlyList<DecisionEntry>? archived = null;
        string Chinese(FilingBasisRow row)
        {
            if (row.ExplanationZh is { } zh)
            {
                return zh;
            }

            archived ??= DecisionFacts.Read(filing.DecisionJson)?.Entries ?? [];
            return archived.FirstOrDefault(e => e.Rule == row.Rule && e.Explanation == row.Explanation)?.ExplanationZh ?? string.Empty;
        }

        return [.. filing.Basis.Select(b => new FilingBasisView(b.Rule, b.Title, b.Citation, b.Explanation, b.Pathway, Chinese(b)))];
    }

    /// <summary>The editions a decision used, <c>id@hash</c>, space-separated.</summary>
    public static string Stamp(IEnumerable<EditionStamp> editions) => string.Join(' ', editions.Select(e => e.Id + "@" + e.Hash));
}
