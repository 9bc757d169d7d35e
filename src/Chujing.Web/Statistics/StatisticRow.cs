namespace Chujing.Web.Statistics;

/// <summary>One category of a measure: its code (a status, a pathway, a zone group, a country code, a month), its label as a person reads it, and the count.</summary>
public sealed record StatisticRow(string Key, string Label, long Count);
