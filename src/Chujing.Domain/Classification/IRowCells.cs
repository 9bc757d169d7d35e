namespace Chujing.Domain.Classification;

/// <summary>
/// One row's cells as spans, whatever the format it came from. Implemented by ref structs over a reader's buffer
/// (CSV) or by structs over strings (other formats), so that a plan runs without copying or allocating.
/// </summary>
public interface IRowCells
{
    /// <summary>The number of cells in this row (may differ from the header's count in ragged files).</summary>
    int Count { get; }

    /// <summary>The text of cell <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), untrimmed.</summary>
    ReadOnlySpan<char> Cell(int index);
}
