using Chujing.Persistence.Consistency;
using Chujing.Persistence.Evidence;

namespace Chujing.Web.Filings;

/// <summary>
/// The stored figures a filing's year counts are made of, read once for every filing decided in one pass: the
/// processors' distinct persons of the year, the filings approved and in force, and the persons already sent under
/// each filing.
/// </summary>
internal sealed class YearInputs(int year, IReadOnlyList<PersonCounter> counters, IReadOnlyList<YearInputs.InForce> inForce, IReadOnlyList<FilingPersonCounter> own)
{
    /// <summary>A filing approved and in force today, with the persons it covers.</summary>
    internal sealed record InForce(string Id, int ProcessorId, long PersonsPersonal, long PersonsSensitive);

    /// <summary>The counts of <paramref name="processorId"/>'s year a filing is assessed with; <paramref name="excludingId"/> is the filing itself.</summary>
    public YearCounts For(int processorId, string? excludingId)
    {
        var processorCounters = counters.Where(c => c.ProcessorId == processorId).ToList();
        var others = inForce.Where(f => f.ProcessorId == processorId && f.Id != excludingId).ToList();

        // Persons already sent under this filing are what its own figures cover: counting them again on top of those
        // figures would count them twice. What is added is what left under other filings or none (the processor's
        // distinct persons less this filing's); exports beyond the filing's own figures are a consistency deviation
        // (persons-over-filed), not part of this sum.
        var sentUnder = excludingId is null ? [] : own.Where(c => c.FilingId == excludingId).ToList();
        var sent = new PersonsBody(
            Math.Max(0, processorCounters.Where(c => !c.Sensitive).Sum(c => c.Count) - sentUnder.Where(c => !c.Sensitive).Sum(c => c.Count)),
            Math.Max(0, processorCounters.Where(c => c.Sensitive).Sum(c => c.Count) - sentUnder.Where(c => c.Sensitive).Sum(c => c.Count)));
        var covered = new PersonsBody(others.Sum(f => f.PersonsPersonal), others.Sum(f => f.PersonsSensitive));
        return new YearCounts(
            year,
            sent,
            covered,
            [.. others.Select(f => f.Id).Order(StringComparer.Ordinal)],
            new PersonsBody(Math.Max(sent.Personal, covered.Personal), Math.Max(sent.Sensitive, covered.Sensitive)));
    }
}
