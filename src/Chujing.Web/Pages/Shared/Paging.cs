namespace Chujing.Web.Pages.Shared;

/// <summary>One page of a list shown on a page, and the links to the others (<c>?{Parameter}=n</c>, 1-based).</summary>
public sealed record Paging<T>(IReadOnlyList<T> Items, int Number, int Count, int Total, string Parameter)
{
    /// <summary>Rows per page of lists in the UI.</summary>
    public const int Size = 20;

    /// <summary>Page <paramref name="number"/> (clamped to the pages there are) of <paramref name="all"/>.</summary>
    public static Paging<T> Of(IReadOnlyList<T> all, int? number, string parameter, int size = Size)
    {
        ArgumentNullException.ThrowIfNull(all);
        var count = Math.Max(1, (all.Count + size - 1) / size);
        var n = Math.Clamp(number ?? 1, 1, count);
        return new Paging<T>([.. all.Skip((n - 1) * size).Take(size)], n, count, all.Count, parameter);
    }
}
