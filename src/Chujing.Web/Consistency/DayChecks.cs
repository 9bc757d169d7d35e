using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;

namespace Chujing.Web.Consistency;

/// <summary>
/// The consistency checker of one Beijing day's rules, with the filings it has compiled (kept while the filing's
/// version and its processor's profile are what they were compiled from). Thread-safe.
/// </summary>
public sealed class DayChecks(DateOnly day, CatalogSet catalogs, ConsistencyChecker checker, int maxCompiled)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FilingCheckKey, FilingCheck> _compiled = new();
    private long _lastUsed;

    /// <summary>The day whose rules these are.</summary>
    public DateOnly Day => day;

    /// <summary>The catalogs in force on <see cref="Day"/>.</summary>
    public CatalogSet Catalogs => catalogs;

    /// <summary>The checker of <see cref="Day"/>'s rules.</summary>
    public ConsistencyChecker Checker => checker;

    internal long LastUsed => Interlocked.Read(ref _lastUsed);

    /// <summary>The zone a list edition applies in (the processor's zone, since the platform serves one zone's lists).</summary>
    public string? ZoneOf(string listEdition) => catalogs.Find(listEdition)?.Applicability?.Zone;

    /// <summary>The check compiled for <paramref name="key"/>, or null.</summary>
    public FilingCheck? Cached(FilingCheckKey key) => _compiled.GetValueOrDefault(key);

    /// <summary>Keeps <paramref name="check"/> for <paramref name="key"/> and returns it.</summary>
    public FilingCheck Cache(FilingCheckKey key, FilingCheck check)
    {
        if (_compiled.Count >= maxCompiled)
        {
            _compiled.Clear();
        }

        _compiled[key] = check;
        return check;
    }

    internal void Touch(TimeProvider time) => Interlocked.Exchange(ref _lastUsed, time.GetTimestamp());
}
