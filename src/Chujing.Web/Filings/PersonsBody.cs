namespace Chujing.Web.Filings;

/// <summary>Distinct persons per calendar year, as <c>chujing assess</c> spells them.</summary>
public sealed record PersonsBody(long Personal, long Sensitive);
