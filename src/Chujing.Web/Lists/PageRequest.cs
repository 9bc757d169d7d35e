using System.Globalization;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Lists;

/// <summary>
/// One page of a list that the API answers a page at a time: <c>page</c> (1-based) and <c>pageSize</c>, as
/// <c>GET /api/notifications</c> and <c>GET /api/filings</c> take them. A number out of range is a problem naming
/// its parameter (a value that is not a whole number never binds: 400 naming it).
/// </summary>
public sealed record PageRequest
{
    /// <summary>The highest page number asked for.</summary>
    public const int MaxPage = 100_000;

    public PageRequest(int number, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxPage);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Number = number;
        Size = size;
    }

    /// <summary>The page number, from 1.</summary>
    public int Number { get; }

    /// <summary>Rows per page.</summary>
    public int Size { get; }

    /// <summary>Rows before this page.</summary>
    public int Skip => (Number - 1) * Size;

    /// <summary>
    /// Reads <paramref name="page"/> (default 1) and <paramref name="pageSize"/> (default <paramref name="defaultSize"/>,
    /// at most <paramref name="maxSize"/>); every bad one is reported at once.
    /// </summary>
    public static Result<PageRequest> Parse(int? page, int? pageSize, int defaultSize, int maxSize)
    {
        var problems = new List<Diagnostic>();
        if (page is < 1 or > MaxPage)
        {
            problems.Add(Diagnostic.ForField(null, "page", string.Create(CultureInfo.InvariantCulture, $"must be a page number from 1 to {MaxPage}")));
        }

        if (pageSize is { } size && (size < 1 || size > maxSize))
        {
            problems.Add(Diagnostic.ForField(null, "pageSize", string.Create(CultureInfo.InvariantCulture, $"must be 1 to {maxSize}")));
        }

        return problems.Count > 0 ? Result<PageRequest>.Failure(problems) : new PageRequest(page ?? 1, pageSize ?? defaultSize);
    }
}
