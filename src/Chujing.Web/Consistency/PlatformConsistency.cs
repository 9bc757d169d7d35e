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
    private DayChecker? _current;

    /// <summary>Today's checker, or null when the platform has no catalogs.</summary>
    public ConsistencyChecker? Checker()
    {
        if (catalogs is null)
        {
            return null;
        }

        var today = BeijingClock.Today(time);
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

    private sealed record DayChecker(DateOnly Day, ConsistencyChecker Checker);
}
