namespace Chujing.Documents.Model;

/// <summary>A table with a header row (bilingual column names) and rows of cells; every row has one cell per column.</summary>
public sealed record GridBlock : DocumentBlock
{
    public GridBlock(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfZero(headers.Count);
        if (rows.Any(r => r.Count != headers.Count))
        {
            throw new ArgumentException("every row needs one cell per column", nameof(rows));
        }

        Headers = [.. headers];
        Rows = [.. rows.Select(r => (IReadOnlyList<string>)[.. r])];
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}
