using Chujing.Persistence;
using Chujing.Persistence.Evidence;
using Chujing.Web.Access;
using Chujing.Web.Localization;
using Chujing.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Pages.Evidence;

/// <summary>What actually left (事中存证): the latest recorded exports the caller may see, with their ledger receipts.</summary>
[Authorize(Policy = Permissions.CountersRead)]
public sealed class IndexModel(ChujingDbContext db, UiText text, Consistency.DeviationQueries deviations) : PageModel
{
    public IReadOnlyList<(ExportRecord Record, string Processor)> Records { get; private set; } = [];

    public BarChart ByCountry { get; private set; } = new(string.Empty, []);

    /// <summary>The deviations of these exports from their filings, gravest first.</summary>
    public IReadOnlyList<Consistency.DeviationRowView> Deviations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        var records = db.ExportRecords.AsNoTracking().VisibleTo(caller);
        var latest = await records.OrderByDescending(r => r.Id).Take(200)
            .Join(db.Processors, r => r.ProcessorId, p => p.Id, (r, p) => new { Record = r, p.Name })
            .ToListAsync(ct).ConfigureAwait(false);
        Records = [.. latest.Select(x => (x.Record, x.Name))];
        Deviations = await deviations.ListAsync(caller, null, null, null, 50, ct).ConfigureAwait(false);
        var countries = await records.GroupBy(r => r.Country).Select(g => new { g.Key, Persons = g.Sum(r => r.Persons) })
            .ToListAsync(ct).ConfigureAwait(false);
        ByCountry = new BarChart(text["evidence.by-country"], [.. countries.OrderByDescending(c => c.Persons).Take(12).Select(c => new KeyValuePair<string, long>(c.Key, c.Persons))]);
    }
}
