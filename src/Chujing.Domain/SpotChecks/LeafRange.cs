namespace Chujing.Domain.SpotChecks;

/// <summary>An inclusive run of leaf indexes of one processor's ledger, <c>[First, Last]</c>.</summary>
public readonly record struct LeafRange
{
    public LeafRange(long first, long last)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        First = first;
        Last = last;
    }

    public long First { get; }

    public long Last { get; }

    /// <summary>How many leaves the run holds.</summary>
    public long Count => Last - First + 1;
}
