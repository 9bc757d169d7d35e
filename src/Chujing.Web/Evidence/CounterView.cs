namespace Chujing.Web.Evidence;

/// <summary>
/// A processor's cumulative distinct persons this calendar year and how close each applicable threshold is:
/// <see cref="ThresholdView.Level"/> is <c>ok</c>, <c>warning</c> (≥ 80 %) or <c>exceeded</c> (≥ 100 %).
/// </summary>
public sealed record CounterView(string Processor, string ProcessorName, string ZoneGroup, int Year, long Personal, long Sensitive, IReadOnlyList<ThresholdView> Thresholds);
