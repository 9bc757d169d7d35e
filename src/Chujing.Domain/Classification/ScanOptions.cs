using Chujing.Domain.Detection;

namespace Chujing.Domain.Classification;

/// <summary>How a scan classifies columns and counts persons.</summary>
public sealed record ScanOptions
{
    /// <summary>Share of a column's non-empty values that must be of a type for the column to get it (0 &lt; t ≤ 1; default 0.8).</summary>
    public double Threshold
    {
        get;
        init => field = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Threshold), value, "The threshold must be in (0, 1].");
    } = 0.8;

    /// <summary>Rows read first to choose each column's candidate detectors (default 1000).</summary>
    public int SampleRows
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(SampleRows), value, "At least one sample row is needed.");
    } = 1000;

    /// <summary>
    /// Share of a column's sampled values a detector must match (without a column-name hint) to be run on the column
    /// at all (default 0.2). Keeps the full pass to one or two detectors per column.
    /// </summary>
    public double CandidateFloor
    {
        get;
        init => field = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(CandidateFloor), value, "The floor must be in (0, 1].");
    } = 0.2;

    /// <summary>Which types are sensitive (default: the shipped GB/T 45574-2025 table).</summary>
    public SensitivityTable Sensitivity { get; init; } = SensitivityTable.Default;

    /// <summary>
    /// The scan's date (from the caller's clock): resident IDs born after it are not valid, and IDs of persons under 14
    /// on it make their column sensitive (GB/T 45574-2025: personal information of minors under 14). Null: neither check.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The keyed function for person keys (default SipHash-2-4-128; see decision 005).</summary>
    public PersonKeyAlgorithm PersonKey { get; init; } = PersonKeyAlgorithm.SipHash;

    /// <summary>Memory the person linker may use for identifiers before it spills them to temporary files (bytes; default 128 MiB: a million rows of four identifiers each stay in memory).</summary>
    public long PersonMemoryBudget
    {
        get;
        init => field = value >= 1 << 16 ? value : throw new ArgumentOutOfRangeException(nameof(PersonMemoryBudget), value, "At least 64 KiB is needed.");
    } = 128L << 20;
}
