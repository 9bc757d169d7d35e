namespace Chujing.Web.Evidence;

/// <summary>One threshold that applies to a processor, with the count against it.</summary>
/// <param name="Kind"><c>personal</c> or <c>sensitive</c>.</param>
/// <param name="Limit">The number of persons at which the next pathway applies.</param>
/// <param name="Pathway">The pathway that applies from <paramref name="Limit"/> on.</param>
/// <param name="Citation">Where the threshold is written.</param>
/// <param name="Count">The cumulative count of that kind.</param>
/// <param name="Ratio">Count / limit.</param>
/// <param name="Level"><c>ok</c>, <c>warning</c> from 80 %, <c>exceeded</c> from 100 %.</param>
public sealed record ThresholdView(string Kind, long Limit, string Pathway, string Citation, long Count, double Ratio, string Level);
