namespace Chujing.Domain.SpotChecks;

/// <summary>
/// One filing in force during the check's period, with the leaves of its processor's ledger that name it (ascending,
/// disjoint runs, all below the committed head's size). Position p (1-based) of the filing's records is the p-th
/// leaf counted through the runs in order.
/// </summary>
public sealed record PopulationFiling
{
    public PopulationFiling(string id, string processor, string zoneGroup, IReadOnlyList<LeafRange> leaves)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(processor);
        ArgumentException.ThrowIfNullOrWhiteSpace(zoneGroup);
        ArgumentNullException.ThrowIfNull(leaves);
        long count = 0;
        for (var i = 0; i < leaves.Count; i++)
        {
            if (i > 0 && leaves[i].First <= leaves[i - 1].Last)
            {
                throw new ArgumentException("Leaf runs must be ascending and disjoint.", nameof(leaves));
            }

            count += leaves[i].Count;
        }

        Id = id;
        Processor = processor;
        ZoneGroup = zoneGroup;
        Leaves = leaves;
        RecordCount = count;
    }

    public string Id { get; }

    /// <summary>The processor's USCC.</summary>
    public string Processor { get; }

    /// <summary>The zone group whose officers inspect it.</summary>
    public string ZoneGroup { get; }

    public IReadOnlyList<LeafRange> Leaves { get; }

    /// <summary>How many records (leaves) the filing has in the population.</summary>
    public long RecordCount { get; }

    /// <summary>The leaf index at 1-based <paramref name="position"/> of the filing's records.</summary>
    public long LeafAt(long position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, RecordCount);
        var remaining = position - 1;
        foreach (var run in Leaves)
        {
            if (remaining < run.Count)
            {
                return run.First + remaining;
            }

            remaining -= run.Count;
        }

        throw new InvalidOperationException("unreachable: the position was checked against the count");
    }
}
