using Chujing.Domain.Catalog;

namespace Chujing.Web.Evidence;

/// <summary>One threshold that applies to a processor, with the count against it.</summary>
/// <param name="Kind">The counter: <c>personal</c> or <c>sensitive</c>.</param>
/// <param name="Limit">The number of persons at which the next pathway applies.</param>
/// <param name="Pathway">The pathway that applies from <paramref name="Limit"/> on.</param>
/// <param name="Citation">Where the threshold is written.</param>
/// <param name="Count">The cumulative count of that kind.</param>
/// <param name="Ratio">Count / limit.</param>
/// <param name="Level"><c>ok</c>, <c>warning</c> from 80 %, <c>exceeded</c> from 100 %.</param>
/// <param name="CoveredBy">The approved filing whose pathway already satisfies what the band needs, or null when none does.</param>
public sealed record ThresholdView(Counter Kind, long Limit, Pathway Pathway, string Citation, long Count, double Ratio, ThresholdLevel Level, string? CoveredBy = null)
{
    /// <summary>The share of a threshold from which a warning is shown.</summary>
    public const double WarningRatio = 0.8;

    /// <summary>Holds one count against one threshold: <c>warning</c> from 80 %, <c>exceeded</c> from 100 %.</summary>
    public static ThresholdView Of(Counter kind, long limit, Pathway pathway, string citation, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var ratio = (double)count / limit;
        var level = ratio >= 1 ? ThresholdLevel.Exceeded : ratio >= WarningRatio ? ThresholdLevel.Warning : ThresholdLevel.Ok;
        return new ThresholdView(kind, limit, pathway, citation, count, Math.Round(ratio, 4), level);
    }
}
