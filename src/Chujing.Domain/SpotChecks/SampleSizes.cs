namespace Chujing.Domain.SpotChecks;

/// <summary>
/// What the officer asked for: how many filings and how many records of each; null takes the rules' default (class
/// ratios for filings, discovery sampling for records). A size above the population means all of it.
/// </summary>
public sealed record SampleSizes
{
    public SampleSizes(long? filings = null, long? recordsPerFiling = null)
    {
        if (filings is < 1 || recordsPerFiling is < 1)
        {
            throw new ArgumentOutOfRangeException(filings is < 1 ? nameof(filings) : nameof(recordsPerFiling), "A sample size is at least 1.");
        }

        Filings = filings;
        RecordsPerFiling = recordsPerFiling;
    }

    /// <summary>Both sizes from the rules.</summary>
    public static SampleSizes FromRules { get; } = new();

    public long? Filings { get; }

    public long? RecordsPerFiling { get; }
}
