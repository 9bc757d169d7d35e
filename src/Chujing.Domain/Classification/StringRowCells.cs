namespace Chujing.Domain.Classification;

/// <summary>A row held as strings (sampled rows, and formats whose libraries hand out strings); null cells are empty.</summary>
public readonly struct StringRowCells(IReadOnlyList<string?> cells) : IRowCells
{
    public int Count => cells.Count;

    public ReadOnlySpan<char> Cell(int index) => cells[index];
}
