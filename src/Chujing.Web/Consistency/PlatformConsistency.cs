using Chujing.Domain.Calendar;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;

namespace Chujing.Web.Consistency;

/// <summary>
/// The consistency checker over the platform's catalogs. Band crossings are decided with the national rules in force
/// on the Beijing day, so one checker is compiled per day and swapped atomically when the day changes. Thread-safe.
/// Without catalogs (a platform started without them) there is no checker and exports are recorded unchecked.
/// </summary>
public sealed class PlatformConsistency(CatalogSet? catalogs, TimeProvider time)
{
    /// <summary>
    /// Set to <c>off</c> to record exports unchecked. Only for measuring what the check costs (bench/serve); a
    /// platform in use keeps it on.
    /// </summary>
    public const string SwitchVariable = "CHUJING_CONSISTENCY";

    private readonly bool _off = string.Equals(Environment.GetEnvironmentVariable(SwitchVariable), "off", StringComparison.Ordinal);
    private DayChecker? _current;

    /// <summary>Today's checker, or null when the platform has no catalogs.</summary>
    public ConsistencyChecker? Checker()
    {
        if (catalogs is null || _off)
        {
            return null;
        }

        var today = RegulatoryCalendar.Today(time);
        var current = Volatile.Read(ref _current);
        if (current is null || current.Day != today)
        {
            current = new DayChecker(today, new ConsistencyChecker(new AssessmentEngine(catalogs, today), catalogs));
            Volatile.Write(ref _current, current);
        }

        return current.Checker;
    }

    /// <summary>The zone a list edition applies in (the processor's zone, since the platform serves one zone's lists).</summary>
    public string? ZoneOf(string listEdition) => catalogs?.Find(listEdition)?.Applicability?.Zone;

    /// <summary>A check compiled by <paramref name="checker"/> for <paramref name="key"/>, or null.</summary>
    public FilingCheck? Cached(ConsistencyChecker checker, FilingCheckKey key) =>
        Volatile.Read(ref _current) is { } current && ReferenceEquals(current.Checker, checker) && current.Compiled.TryGetValue(key, out var check) ? check : null;

    /// <summary>Keeps <paramref name="check"/> for <paramref name="key"/> (for today's checker) and returns it.</summary>
    public FilingCheck Cache(ConsistencyChecker checker, FilingCheckKey key, FilingCheck check)
    {
        if (Volatile.Read(ref _current) is { } current && ReferenceEquals(current.Checker, checker))
        {
            if (current.Compiled.Count >= MaxCompiled)
            {
                current.Compiled.Clear();
            }

            current.Compiled[key] = check;
        }

        return check;
    }

    /// <summary>The most compiled filings kept; past it the cache starts again.</summary>
    private const int MaxCompiled = 10_000;

    private sealed record DayChecker(DateOnly Day, ConsistencyChecker Checker)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<FilingCheckKey, FilingCheck> Compiled { get; } = new();
    }
}
