using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>Evaluation of threshold bands: the strictest matching band, and the next count at which it changes.</summary>
internal static class Bands
{
    /// <summary>The strictest pathway among bands of <paramref name="counter"/> that match; exempt when none.</summary>
    public static Pathway At(IReadOnlyList<Threshold> bands, Counter counter, long count)
    {
        var result = Pathway.Exempt;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.Counter == counter && band.Matches(count) && band.Pathway > result && band.Pathway != Pathway.OtherLawfulRoute)
            {
                result = band.Pathway;
            }
        }

        return result;
    }

    /// <summary>The strictest pathway over both counters.</summary>
    public static Pathway At(IReadOnlyList<Threshold> bands, PersonCounts persons) =>
        PathwayNames.Stricter(At(bands, Counter.Personal, persons.Personal), At(bands, Counter.Sensitive, persons.Sensitive));

    /// <summary>
    /// The headroom of one counter: the smallest count above <paramref name="count"/> at which the pathway becomes
    /// stricter. Boundaries are every band's lower bound and upper bound above the count.
    /// </summary>
    public static CounterHeadroom Headroom(IReadOnlyList<Threshold> bands, Counter counter, long count)
    {
        var current = At(bands, counter, count);
        long? next = null;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.Counter != counter)
            {
                continue;
            }

            Consider(band.From);
            if (band.Below is { } below)
            {
                Consider(below);
            }
        }

        return next is null
            ? new CounterHeadroom(count, current, null, null, null)
            : new CounterHeadroom(count, current, next, next - count - 1, At(bands, counter, next.Value));

        void Consider(long boundary)
        {
            if (boundary > count && (next is null || boundary < next) && At(bands, counter, boundary) > current)
            {
                next = boundary;
            }
        }
    }

    /// <summary>The nearer of two headrooms on the same counter (the one with less room left).</summary>
    public static CounterHeadroom Nearer(CounterHeadroom a, CounterHeadroom b)
    {
        var pathway = PathwayNames.Stricter(a.Pathway, b.Pathway);
        var nearest = a.Remaining is null ? b : b.Remaining is null ? a : a.Remaining <= b.Remaining ? a : b;
        return nearest with { Pathway = pathway };
    }

    /// <summary>Headroom when any person at all makes the pathway <paramref name="pathway"/> (CIIOs, art. 7(1)).</summary>
    public static CounterHeadroom AnyPerson(long count, Pathway pathway) =>
        count > 0 ? new CounterHeadroom(count, pathway, null, null, null) : new CounterHeadroom(0, Pathway.Exempt, 1, 0, pathway);
}
