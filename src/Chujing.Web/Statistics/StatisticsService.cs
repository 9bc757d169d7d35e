using System.Globalization;
using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
using Chujing.Domain.Filings;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Evidence;
using Chujing.Web.Filings;
using Chujing.Web.Lists;
using Chujing.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Statistics;

/// <summary>
/// Counts over what the caller may see: the filings (by status, pathway, zone group, scenario, destination, month
/// created) from the same query as the filings list, and the recorded exports (records and persons by destination,
/// persons by zone group) from the same query as the evidence list. Filters: <c>processor</c>, <c>zone</c>,
/// <c>from</c>, <c>to</c>.
/// </summary>
public sealed class StatisticsService(FilingService filings, ExportRecordQuery records, CatalogNames names)
{
    public async Task<StatisticsView> ComputeAsync(Caller caller, ListQuery filter, bool english, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // Only the filters statistics take; search text, status and the like belong to the lists.
        var scope = new ListQuery(Processor: filter.Processor, ZoneGroup: filter.ZoneGroup, From: filter.From, To: filter.To);
        var filed = await filings.SearchAsync(caller, scope, ct).ConfigureAwait(false);
        var matching = records.Matching(caller, scope);
        var byCountry = await matching.GroupBy(r => r.Country)
            .Select(g => new { g.Key, Records = g.LongCount(), Persons = g.Sum(r => r.Persons) })
            .ToListAsync(ct).ConfigureAwait(false);
        var byZone = await matching.GroupBy(r => r.ZoneGroupId)
            .Select(g => new { g.Key, Persons = g.Sum(r => r.Persons) })
            .ToListAsync(ct).ConfigureAwait(false);
        var sensitive = await matching.Where(r => r.Sensitive).SumAsync(r => (long?)r.Persons, ct).ConfigureAwait(false) ?? 0;

        string Text(string key) => UiText.In(key, english);
        var zones = Zones(caller, filter);
        var groups = new List<StatisticGroup>
        {
            new("filings-by-status", Text("statistics.filings-by-status"), [.. Enum.GetValues<FilingStatus>().Select(s => FilingNames.Of(s))
                .Select(s => new StatisticRow(s, Text("status." + s), filed.LongCount(f => FilingNames.Of(f.Status) == s)))]),
            new("filings-by-pathway", Text("statistics.filings-by-pathway"), [.. Enum.GetValues<Pathway>().Select(p => p.ToName())
                .Select(p => new StatisticRow(p, Text("pathway." + p), filed.LongCount(f => f.Pathway?.ToName() == p)))]),
            new("filings-by-zone", Text("statistics.filings-by-zone"), [.. zones.Select(z => new StatisticRow(z, ZoneGroups.Name(z, english), filed.LongCount(f => f.ZoneGroup == z)))]),
            new("filings-by-scenario", Text("statistics.filings-by-scenario"), Ranked(filed.GroupBy(f => (f.ListEdition, f.Scenario))
                .Select(g => new StatisticRow(g.Key.Scenario, names.Scenario(g.Key.ListEdition, g.Key.Scenario, english), g.LongCount())))),
            new("filings-by-country", Text("statistics.filings-by-country"), Ranked(filed.SelectMany(f => f.Recipients.Select(r => r.Country).Distinct(StringComparer.Ordinal))
                .GroupBy(c => c, StringComparer.Ordinal).Select(g => new StatisticRow(g.Key, CountryNames.Of(g.Key, english), g.LongCount())))),
            new("filings-by-month", Text("statistics.filings-by-month"), [.. filed.GroupBy(f => RegulatoryCalendar.Local(f.CreatedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new StatisticRow(g.Key, g.Key, g.LongCount()))]),
            new("records-by-country", Text("statistics.records-by-country"), Ranked(byCountry.Select(c => new StatisticRow(c.Key, CountryNames.Of(c.Key, english), c.Records)))),
            new("persons-by-country", Text("statistics.persons-by-country"), Ranked(byCountry.Select(c => new StatisticRow(c.Key, CountryNames.Of(c.Key, english), c.Persons)))),
            new("persons-by-zone", Text("statistics.persons-by-zone"), [.. zones.Select(z => new StatisticRow(z, ZoneGroups.Name(z, english), byZone.Where(b => b.Key == z).Sum(b => b.Persons)))]),
        };
        return new StatisticsView(filter.From, filter.To, filed.Count, byCountry.Sum(c => c.Records), byCountry.Sum(c => c.Persons), sensitive, groups);
    }

    // Every zone group the caller oversees, those at zero too: a group without filings is something the city wants to see.
    private static List<string> Zones(Caller caller, ListQuery filter) =>
        [.. ZoneGroup.Beijing.Select(z => z.Id).Where(z => (caller.IsCity || z == caller.ZoneGroupId) && (filter.ZoneGroup is null || filter.ZoneGroup == z))];

    private static StatisticRow[] Ranked(IEnumerable<StatisticRow> rows) =>
        [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];
}
