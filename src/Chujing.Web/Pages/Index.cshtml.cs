using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
using Chujing.Domain.Filings;
using Chujing.Persistence.Processors;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Evidence;
using Chujing.Web.Filings;
using Chujing.Web.Localization;
using Chujing.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages;

/// <summary>The dashboard of each role: an enterprise's filings and counters, an officer's review queue, the city's overview; with charts.</summary>
[Authorize(Policy = Permissions.FilingsRead)]
public sealed class IndexModel(FilingService filings, CounterService counters, CatalogNames names, UiText text, Consistency.DeviationQueries deviations) : PageModel
{
    public Caller Caller { get; private set; } = null!;

    public IReadOnlyList<FilingView> Filings { get; private set; } = [];

    public IReadOnlyList<FilingView> Queue { get; private set; } = [];

    /// <summary>The page of the review queue shown (<c>?queue=n</c>): a long queue is paged, never one endless table.</summary>
    public Paging<FilingView> QueuePage { get; private set; } = Paging<FilingView>.Of([], 1, "queue");

    /// <summary>The most recent filings shown below the charts; the filings page has them all.</summary>
    public IReadOnlyList<FilingView> Recent { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "queue")]
    public int? QueueNumber { get; set; }

    public IReadOnlyList<CounterView> Counters { get; private set; } = [];

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    /// <summary>The gravest recent deviations of exports from their filings within the caller's tenant.</summary>
    public IReadOnlyList<Consistency.DeviationRowView> Deviations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        Filings = await filings.ListAsync(Caller, null, ct).ConfigureAwait(false);
        Queue = [.. Filings.Where(f => f.Status is FilingStatus.Submitted or FilingStatus.UnderReview).OrderBy(f => f.SubmittedAt)];
        QueuePage = Paging<FilingView>.Of(Queue, QueueNumber, "queue");
        Recent = [.. Filings.Take(Paging<FilingView>.Size)];
        Counters = await counters.ForAsync(Caller, ct).ConfigureAwait(false);
        Deviations = await deviations.ListAsync(Caller, null, null, null, 10, ct).ConfigureAwait(false);
        var charts = new List<BarChart>
        {
            Chart("chart.by-status", Filings.GroupBy(f => text.Of("status", f.Status))),
            Chart("chart.by-domain", Filings.GroupBy(f => names.Domain(f.ListEdition, f.Scenario))),
            Chart("chart.by-scenario", Filings.GroupBy(f => names.Scenario(f.ListEdition, f.Scenario))),
            Chart("chart.by-country", Filings.SelectMany(f => f.Recipients.Select(r => r.Country).Distinct(StringComparer.Ordinal)).GroupBy(c => CountryNames.Of(c))),
            Chart("chart.by-month", Filings.GroupBy(f => f.CreatedAt.ToOffset(RegulatoryCalendar.Offset).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)), byKey: true),
            Chart("chart.by-pathway", Filings.Where(f => f.Pathway is not null).GroupBy(f => text["pathway." + f.Pathway?.ToName()])),
        };
        if (Caller.IsCity)
        {
            // Every zone group, those without filings too: a group at zero is something the city wants to see.
            var byZone = Filings.GroupBy(f => f.ZoneGroup).ToDictionary(g => g.Key, g => g.LongCount(), StringComparer.Ordinal);
            charts.Insert(0, new BarChart(text["chart.by-zone"], [.. ZoneGroup.Beijing.Select(z => new KeyValuePair<string, long>(ZoneName(z.Id), byZone.GetValueOrDefault(z.Id)))]));
        }

        Charts = charts;
    }

    public static string ZoneName(string id) => ZoneGroups.Name(id, UiText.IsEnglish);

    private BarChart Chart<T>(string title, IEnumerable<IGrouping<string, T>> groups, bool byKey = false)
    {
        var bars = groups.Select(g => new KeyValuePair<string, long>(g.Key, g.LongCount()));
        bars = byKey ? bars.OrderBy(b => b.Key, StringComparer.Ordinal) : bars.OrderByDescending(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal);
        return new BarChart(text[title], [.. bars.Take(12)]);
    }
}
