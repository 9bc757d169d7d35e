using System.Globalization;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Domain.Text;

namespace Chujing.Domain.Assessment;

/// <summary>
/// How to assess, as the CLI (<c>--as-of</c>, <c>--min-confidence</c>, <c>--compare</c>) and the API (<c>?asOf=</c>,
/// <c>?minConfidence=</c>, <c>?compare=</c>) state it; parsed in one place so both edges accept exactly the same.
/// </summary>
/// <param name="AsOf">The day whose rules decide: the national edition and the list editions in force then.</param>
/// <param name="MinConfidence">Decide only on catalog entries of at least this confidence.</param>
/// <param name="Compare">Also decide under the national rules alone and each list edition that could apply.</param>
public sealed record AssessOptions(DateOnly AsOf, Confidence MinConfidence, bool Compare)
{
    /// <summary>The spellings of <see cref="Confidence"/> (<c>confirmed-two-sources</c>, <c>one-source</c>, <c>unverified</c>).</summary>
    public static IReadOnlyList<string> ConfidenceNames { get; } = [.. Enum.GetValues<Confidence>().Select(FilingNames.Of)];

    /// <summary>
    /// Parses the texts as given (null: not given; <paramref name="today"/> and every entry then). A day before the
    /// earliest national edition in <paramref name="catalogs"/> is an error naming that edition's first day.
    /// </summary>
    /// <param name="asOfName">How the edge names the date (<c>--as-of</c> or <c>asOf</c>), for diagnostics.</param>
    /// <param name="minName">How the edge names the confidence (<c>--min-confidence</c> or <c>minConfidence</c>).</param>
    public static Result<AssessOptions> Parse(string? asOf, string? minConfidence, bool compare, DateOnly today, CatalogSet catalogs, string asOfName, string minName)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        var errors = new List<Diagnostic>();
        var day = today;
        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                errors.Add(Diagnostic.ForField(null, asOfName, $"'{Shorten(asOf)}' is not a date; expected YYYY-MM-DD"));
            }
            else if (catalogs.Editions.Where(e => e.Family == CatalogFamily.National).MinBy(e => e.Effective) is { } earliest && day < earliest.Effective)
            {
                errors.Add(Diagnostic.ForField(null, asOfName,
                    $"no national rules are encoded for {asOf}: the earliest edition, {earliest.Id} ({earliest.Title}), takes effect on {earliest.Effective:yyyy-MM-dd}"));
            }
        }

        var min = Confidence.Unverified;
        if (minConfidence is not null && !FilingNames.TryParse(minConfidence, out min))
        {
            errors.Add(Diagnostic.ForField(null, minName, $"'{Shorten(minConfidence)}' is not a confidence; known: {string.Join(", ", ConfidenceNames)}",
                Suggestions.Phrase(minConfidence, ConfidenceNames)));
        }

        return errors.Count > 0 ? Result<AssessOptions>.Failure(errors) : Result<AssessOptions>.Success(new AssessOptions(day, min, compare));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
