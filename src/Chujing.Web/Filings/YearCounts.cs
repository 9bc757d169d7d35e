namespace Chujing.Web.Filings;

/// <summary>
/// The persons of a processor's calendar year that a filing is assessed with besides its own (art. 7 and 8 count
/// since 1 January, this activity included): what the evidence counters recorded as sent, and what its other filings in
/// force cover. Both count the same exports once sent, so the larger of the two is added, per counter.
/// </summary>
/// <param name="Year">The Beijing calendar year.</param>
/// <param name="Counters">Distinct persons already sent this year under other filings or none, from the evidence ledger (those sent under the filing itself are what its own figures cover).</param>
/// <param name="OtherFilings">Persons covered by the processor's other approved filings in force today.</param>
/// <param name="OtherFilingIds">Those filings.</param>
/// <param name="Added">What is added to the filing's own counts: the larger of the two, per counter.</param>
public sealed record YearCounts(int Year, PersonsBody Counters, PersonsBody OtherFilings, IReadOnlyList<string> OtherFilingIds, PersonsBody Added)
{
    /// <summary>The filing's own counts plus <see cref="Added"/>.</summary>
    public PersonsBody Total(long personal, long sensitive) => new(personal + Added.Personal, sensitive + Added.Sensitive);
}
