using Chujing.Domain.Classification;

namespace Chujing.Scanning;

/// <summary>What scanning one table (one file of a dataset) counted: the mergeable part of a report.</summary>
/// <param name="Source">The file or table.</param>
/// <param name="Format">csv, xlsx, jsonl, parquet, sqlite or postgres.</param>
/// <param name="Rows">Data rows.</param>
/// <param name="RowsIdentified">Rows that had at least one person identifier.</param>
/// <param name="Tallies">Each column's counts.</param>
/// <param name="Warnings">Problems met that did not stop the scan.</param>
public sealed record TableScan(string Source, string Format, long Rows, long RowsIdentified, IReadOnlyList<ColumnTally> Tallies, IReadOnlyList<string> Warnings)
{
    /// <summary>For text input: the encoding detected.</summary>
    public string? Encoding { get; init; }

    /// <summary>For CSV: the separator detected.</summary>
    public string? Delimiter { get; init; }

    /// <summary>The Hive-style <c>key=value</c> folders of a dataset file; null otherwise.</summary>
    public IReadOnlyDictionary<string, string>? Partition { get; init; }
}
