namespace Chujing.Documents.Model;

/// <summary>A two-column table of labelled facts.</summary>
public sealed record FactTableBlock : DocumentBlock
{
    public FactTableBlock(IReadOnlyList<FactRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        Rows = [.. rows];
    }

    public IReadOnlyList<FactRow> Rows { get; }
}
