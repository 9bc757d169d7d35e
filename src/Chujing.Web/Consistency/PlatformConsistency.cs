using Chujing.Domain.Calendar;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;

namespace Chujing.Web.Consistency;

/// <summary>
/// The consistency checkers over the platform's catalogs. An export is checked under the rules in force on its own
/// Beijing day (the national edition of that day — before 2024-03-22 the 2022 regime — and the list editions
/// effective by then), so one checker is compiled per day and catalog set and kept while either is current. Thread-safe.
/// Without catalogs (a platform started without them) there is no checker and exports are recorded unchecked.
/// </summary>
public sealed class PlatformConsistency(Func<DateOnly, CatalogSet>? catalogsOn, TimeProvider time, bool demo)
{
    /// <summary>
    /// Set to <c>off</c> to record exports unchecked, for measuring what the check costs (bench/serve). Honoured only
    /// by a demo platform (<c>serve --demo</c>): a platform in use always checks, whatever its environment says.
    /// </summary>
    public const string SwitchVariable = "CHUJING_CONSISTENCY";

    /// <summary>The most days whose checkers are kept; past it the oldest-used go.</summary>
    private const int MaxDays = 32;

    /// <summary>The most compiled filings kept per day; past it that day's cache starts again.</summary>
    private const int MaxCompiled = 10_000;

    private readonly bool _off = demo && string.Equals(Environment.GetEnvironmentVariable(SwitchVariable), "off", StringComparison.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, DayChecks> _days = new();

    /// <summary>The checks of the rules in force on <paramref name="day"/>, or null when the platform has no catalogs.</summary>
    public DayChecks? On(DateOnly day)
    {
        if (catalogsOn is null || _off)
        {
            return null;
        }

        var catalogs = catalogsOn(day);
        if (_days.TryGetValue(day, out var kept) && ReferenceEquals(kept.Catalogs, catalogs))
        {
            kept.Touch(time);
            return kept;
        }

        var fresh = new DayChecks(day, catalogs, new ConsistencyChecker(new AssessmentEngine(catalogs, day), catalogs, Localization.CountryNameTable.Instance), MaxCompiled);
        fresh.Touch(time);
        _days[day] = fresh;
        if (_days.Count > MaxDays)
        {
            foreach (var stale in _days.Values.OrderBy(d => d.LastUsed).Take(_days.Count - MaxDays))
            {
                _days.TryRemove(stale.Day, out _);
            }
        }

        return fresh;
    }

    /// <summary>The checks of today's rules (China Standard Time), or null when the platform has no catalogs.</summary>
    public DayChecks? Today() => On(RegulatoryCalendar.Today(time));
}
