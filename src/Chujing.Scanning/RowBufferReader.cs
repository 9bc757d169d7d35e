namespace Chujing.Scanning;

/// <summary>
/// Base of the readers whose libraries hand out values rather than spans (workbooks, JSON Lines, Parquet, databases):
/// the current row is held as strings, one row at a time.
/// </summary>
public abstract class RowBufferReader : TableReader
{
    private string?[] _row = [];
    private int _count;

    protected RowBufferReader(string source, string format)
        : base(source, format)
    {
    }

    public override int CellCount => _count;

    public override ReadOnlySpan<char> Cell(int index) => _row[index];

    public override bool Read()
    {
        _count = 0;
        return ReadRow();
    }

    /// <summary>Fills the current row with <see cref="SetCell"/>; false at the end.</summary>
    protected abstract bool ReadRow();

    /// <summary>Sets cell <paramref name="index"/> of the current row (cells not set are empty).</summary>
    protected void SetCell(int index, string? value)
    {
        if (index >= _row.Length)
        {
            Array.Resize(ref _row, Math.Max(index + 1, _row.Length * 2));
        }

        for (var i = _count; i < index; i++)
        {
            _row[i] = null;
        }

        _row[index] = value;
        _count = Math.Max(_count, index + 1);
    }
}
