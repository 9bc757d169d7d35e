namespace Chujing.Web.Statistics;

/// <summary>
/// The statistics of the caller's jurisdiction over a date range (<c>GET /api/statistics</c>, the statistics page):
/// filings created in the range and exports that left in it, in totals and by measure.
/// </summary>
public sealed record StatisticsView(
    DateOnly? From,
    DateOnly? To,
    long Filings,
    long Records,
    long Persons,
    long SensitivePersons,
    IReadOnlyList<StatisticGroup> Groups);
