namespace Chujing.Web.Lists;

/// <summary>
/// One column of an exported list: its header as a person reads it (Chinese, then English), its width in Excel's
/// character units, and whether its cells are counts (written as numbers, never as text).
/// </summary>
public sealed record ExportColumn
{
    public ExportColumn(string header, int width, bool number = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 120);
        Header = header;
        Width = width;
        Number = number;
    }

    public string Header { get; }

    public int Width { get; }

    public bool Number { get; }
}
