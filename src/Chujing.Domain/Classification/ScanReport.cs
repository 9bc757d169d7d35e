using System.Text.Json.Serialization;

namespace Chujing.Domain.Classification;

/// <summary>The result of scanning one table: the <c>chujing scan --json</c> document (docs/contracts.md: rows, columns, persons).</summary>
/// <param name="Source">The file or table scanned (never a connection string's password).</param>
/// <param name="Format">csv, xlsx, jsonl, parquet, sqlite, postgres, or directory.</param>
/// <param name="Rows">Data rows read (headers excluded).</param>
/// <param name="Columns">Every column, in the source's order.</param>
/// <param name="Persons">Distinct persons.</param>
/// <param name="Threshold">The column threshold used.</param>
/// <param name="Sensitivity">The standard the sensitivity flags follow.</param>
/// <param name="Warnings">Problems met that did not stop the scan, each naming its line or row.</param>
public sealed record ScanReport(
    string Source,
    string Format,
    long Rows,
    IReadOnlyList<ColumnReport> Columns,
    [property: JsonPropertyOrder(-1)] PersonCount Persons,
    double Threshold,
    string Sensitivity,
    IReadOnlyList<string> Warnings)
{
    [JsonPropertyOrder(-3)]
    public long Rows { get; } = Rows >= 0 ? Rows : throw new ArgumentOutOfRangeException(nameof(Rows));

    [JsonPropertyOrder(-2)]
    public IReadOnlyList<ColumnReport> Columns { get; init; } = Columns ?? throw new ArgumentNullException(nameof(Columns));

    /// <summary>For text input: the encoding detected (<c>utf-8</c>, <c>gb18030</c>…); null (left out) otherwise.</summary>
    public string? Encoding { get; init; }

    /// <summary>For CSV: the field separator detected; null (left out) otherwise.</summary>
    public string? Delimiter { get; init; }

    /// <summary>For a directory: every file scanned with its own columns (<see cref="Columns"/> then adds up the columns of the same name); null (left out) otherwise.</summary>
    public IReadOnlyList<FileReport>? Files { get; init; }

    /// <summary>With <c>--list</c>: the list fields found and the assessment; null otherwise.</summary>
    public ListMapping? List { get; init; }
}
