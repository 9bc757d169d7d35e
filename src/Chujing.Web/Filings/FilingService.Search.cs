using Chujing.Web.Access;
using Chujing.Web.Lists;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Filings;

// Search runs in the database: EF Core translates ToLower() and Contains() to SQL lower() and LIKE/strpos; the
// culture and StringComparison overloads the analyzers ask for do not translate.
#pragma warning disable CA1304, CA1311, CA1862

public sealed partial class FilingService
{
    /// <summary>
    /// The filings <paramref name="caller"/> may see that match <paramref name="filter"/>, newest first: the filings
    /// page, <c>GET /api/filings</c> and the filings export read this one query, so that an export holds what the page
    /// lists. The text matches the id, title, processor's name or USCC, and the scenario by id or name
    /// (case-insensitive for Latin letters); the date range is on the day the filing was created (Beijing time).
    /// </summary>
    public async Task<IReadOnlyList<FilingView>> SearchAsync(Caller caller, ListQuery filter, CancellationToken ct)
    {
        var rows = await Search(caller, filter).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(f => ToView(f, caller))];
    }

    /// <summary>
    /// The <paramref name="take"/> filings after the first <paramref name="skip"/> of <see cref="SearchAsync"/>'s
    /// answer, and how many it holds in all: what <c>GET /api/filings</c> answers a page at a time.
    /// </summary>
    public async Task<(IReadOnlyList<FilingView> Items, int Total)> SearchPageAsync(Caller caller, ListQuery filter, int skip, int take, CancellationToken ct)
    {
        var query = Search(caller, filter);
        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var rows = skip >= total ? [] : await query.Skip(skip).Take(take).ToListAsync(ct).ConfigureAwait(false);
        return ([.. rows.Select(f => ToView(f, caller))], total);
    }

    private IQueryable<Persistence.Filings.Filing> Search(Caller caller, ListQuery filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Filings.AsNoTracking().Include(f => f.Processor).VisibleTo(caller);
        if (filter.Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }

        if (filter.Processor is { } uscc)
        {
            query = query.Where(f => f.Processor!.Uscc == uscc);
        }

        if (filter.ZoneGroup is { } zone)
        {
            query = query.Where(f => f.ZoneGroupId == zone);
        }

        if (filter.Pathway is { } pathway)
        {
            query = query.Where(f => f.Pathway == pathway);
        }

        if (filter.Start is { } start)
        {
            query = query.Where(f => f.CreatedAt >= start);
        }

        if (filter.End is { } end)
        {
            query = query.Where(f => f.CreatedAt < end);
        }

        if (filter.Text is { } text)
        {
            var q = text.ToLowerInvariant();
            var scenarios = names.ScenariosNamed(text);
            query = query.Where(f => f.Id.ToLower().Contains(q) || f.Title.ToLower().Contains(q) || f.Processor!.Name.ToLower().Contains(q)
                || f.Processor.Uscc.ToLower().Contains(q) || f.Scenario.ToLower().Contains(q) || scenarios.Contains(f.Scenario));
        }

        return query.OrderByDescending(f => f.Id.Length).ThenByDescending(f => f.Id);
    }
}
