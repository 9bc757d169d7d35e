using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Pages.Shared;

/// <summary>One page of a list read from the database: the rows of that page only, and the count of them all.</summary>
public static class PagedQuery
{
    /// <summary>Page <paramref name="number"/> (clamped to the pages there are) of <paramref name="query"/>, which must be ordered.</summary>
    public static async Task<Paging<T>> PageAsync<T>(IQueryable<T> query, int? number, string parameter, CancellationToken ct, int size = Paging<T>.Size)
    {
        ArgumentNullException.ThrowIfNull(query);
        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var count = Math.Max(1, (total + size - 1) / size);
        var n = Math.Clamp(number ?? 1, 1, count);
        var items = await query.Skip((n - 1) * size).Take(size).ToListAsync(ct).ConfigureAwait(false);
        return new Paging<T>(items, n, count, total, parameter);
    }
}
