namespace Chujing.Web.Statistics;

/// <summary>One measure (e.g. <c>filings-by-status</c>) with its title and its categories.</summary>
public sealed record StatisticGroup(string Measure, string Title, IReadOnlyList<StatisticRow> Rows);
