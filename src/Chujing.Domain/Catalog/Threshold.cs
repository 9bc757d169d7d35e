using System.Globalization;

namespace Chujing.Domain.Catalog;

/// <summary>
/// A band on one counter: count ≥ <see cref="AtLeast"/> (以上, inclusive) and count &lt; <see cref="Below"/>
/// (不满, exclusive). A band with no lower bound starts at 1 person: a counter at 0 means nobody's data was sent.
/// </summary>
public sealed record Threshold
{
    public Threshold(Counter counter, long? atLeast, long? below, Pathway pathway)
    {
        if (atLeast is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(atLeast), atLeast, "atLeast must be 1 or more.");
        }

        if (below is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(below), below, "below must be 1 or more.");
        }

        if (atLeast is not null && below is not null && atLeast >= below)
        {
            throw new ArgumentException($"atLeast ({atLeast}) must be less than below ({below}).", nameof(below));
        }

        Counter = counter;
        AtLeast = atLeast;
        Below = below;
        Pathway = pathway;
    }

    public Counter Counter { get; }

    /// <summary>以上: inclusive lower bound; null means 1.</summary>
    public long? AtLeast { get; }

    /// <summary>不满: exclusive upper bound; null means none.</summary>
    public long? Below { get; }

    /// <summary>What the band requires.</summary>
    public Pathway Pathway { get; }

    /// <summary>The lowest count inside the band.</summary>
    public long From => AtLeast ?? 1;

    /// <summary>True when <paramref name="count"/> lies in the band.</summary>
    public bool Matches(long count) => count >= From && (Below is null || count < Below);

    /// <summary>Reads like the law: <c>personal 100,000 以上、不满 1,000,000 → standard-contract-or-certification</c>.</summary>
    public override string ToString()
    {
        var counter = Counter == Counter.Personal ? "personal" : "sensitive";
        var lower = AtLeast is null ? string.Empty : AtLeast.Value.ToString("N0", CultureInfo.InvariantCulture) + " 以上";
        var upper = Below is null ? string.Empty : "不满 " + Below.Value.ToString("N0", CultureInfo.InvariantCulture);
        var sep = lower.Length > 0 && upper.Length > 0 ? "、" : string.Empty;
        return $"{counter} {lower}{sep}{upper} → {Pathway.ToName()}";
    }

    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}
