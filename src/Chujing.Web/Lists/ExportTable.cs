namespace Chujing.Web.Lists;

/// <summary>
/// A list as it is exported: a sheet name, the columns and the rows. A cell of a <see cref="ExportColumn.Number"/>
/// column is a <see cref="long"/>; any other cell is text (null for none).
/// </summary>
public sealed record ExportTable
{
    public ExportTable(string name, IReadOnlyList<ExportColumn> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        if (columns.Select(c => c.Header).Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new ArgumentException("column headers must be distinct", nameof(columns));
        }

        foreach (var row in rows)
        {
            if (row.Length != columns.Count)
            {
                throw new ArgumentException("every row has one cell per column", nameof(rows));
            }

            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is not null && (columns[i].Number ? row[i] is not long : row[i] is not string))
                {
                    throw new ArgumentException($"column '{columns[i].Header}' holds {(columns[i].Number ? "numbers" : "text")}", nameof(rows));
                }
            }
        }

        Name = name;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The sheet's name and the file's stem (e.g. 备案).</summary>
    public string Name { get; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    public IReadOnlyList<object?[]> Rows { get; }
}
