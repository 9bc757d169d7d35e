namespace Chujing.Domain.Classification;

/// <summary>One file of a dataset scan (<c>chujing scan DIR</c>): its own columns and counts.</summary>
/// <param name="Path">The file, as the directory given plus its path below it ('/' separated).</param>
/// <param name="Format">csv, xlsx, jsonl or parquet.</param>
/// <param name="Rows">Data rows.</param>
/// <param name="Columns">The file's columns (Hive-style partition keys of its folders included).</param>
public sealed record FileReport(string Path, string Format, long Rows, IReadOnlyList<ColumnReport> Columns)
{
    public string Path { get; } = !string.IsNullOrEmpty(Path) ? Path : throw new ArgumentException("A path is required.", nameof(Path));

    public long Rows { get; } = Rows >= 0 ? Rows : throw new ArgumentOutOfRangeException(nameof(Rows));

    /// <summary>The <c>key=value</c> folders the file lies in, as columns of every row; null (left out) when none.</summary>
    public IReadOnlyDictionary<string, string>? Partition { get; init; }

    /// <summary>For text input: the encoding detected; null (left out) otherwise.</summary>
    public string? Encoding { get; init; }

    /// <summary>For CSV: the separator detected; null (left out) otherwise.</summary>
    public string? Delimiter { get; init; }
}
