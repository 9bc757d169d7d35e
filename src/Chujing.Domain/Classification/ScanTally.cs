namespace Chujing.Domain.Classification;

/// <summary>
/// Counters of one worker running a <see cref="ScanPlan"/>: rows, non-empty cells, matches and suspects per column
/// candidate, and a small buffer of rows' person identifiers flushed in batches to the shared sink. Not thread-safe: give each
/// worker its own and <see cref="Add"/> them together at the end.
/// </summary>
public sealed class ScanTally
{
    private readonly PersonIdentifiers[] _keys = new PersonIdentifiers[1024];
    private readonly IPersonKeySink? _sink;
    private int _keyCount;

    internal ScanTally(int columns, int slots, IPersonKeySink? sink)
    {
        NonEmpty = new long[columns];
        Minors = new long[columns];
        Matches = new long[slots];
        Suspect = new long[slots];
        _sink = sink;
    }

    /// <summary>Rows seen.</summary>
    public long Rows { get; internal set; }

    /// <summary>Rows that gave a person key.</summary>
    public long RowsIdentified { get; internal set; }

    internal long[] NonEmpty { get; }

    internal long[] Matches { get; }

    /// <summary>Per column: resident IDs of persons under 14 on the scan's date.</summary>
    internal long[] Minors { get; }

    internal long[] Suspect { get; }

    /// <summary>Where the worker writes an identifier's canonical form before keying it (no buffer per row).</summary>
    internal char[] Canonical { get; } = new char[ScanPlan.MaxKeyLength];

    /// <summary>Sends buffered person keys to the sink.</summary>
    public void Flush()
    {
        if (_keyCount > 0)
        {
            _sink?.Add(_keys.AsSpan(0, _keyCount));
            _keyCount = 0;
        }
    }

    /// <summary>Adds <paramref name="other"/>'s counts to this tally (flushing its keys first).</summary>
    public void Add(ScanTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        other.Flush();
        Rows += other.Rows;
        RowsIdentified += other.RowsIdentified;
        for (var i = 0; i < NonEmpty.Length; i++)
        {
            NonEmpty[i] += other.NonEmpty[i];
            Minors[i] += other.Minors[i];
        }

        for (var i = 0; i < Matches.Length; i++)
        {
            Matches[i] += other.Matches[i];
            Suspect[i] += other.Suspect[i];
        }
    }

    internal void AddPerson(in PersonIdentifiers identifiers)
    {
        RowsIdentified++;
        _keys[_keyCount++] = identifiers;
        if (_keyCount == _keys.Length)
        {
            Flush();
        }
    }
}
