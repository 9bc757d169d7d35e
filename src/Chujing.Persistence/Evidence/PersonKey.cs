namespace Chujing.Persistence.Evidence;

/// <summary>
/// One distinct person (by keyed hash, never a raw identifier) whose information a processor sent abroad in a
/// calendar year. The primary key makes a person count once per processor, year and kind however many exports
/// carry them; the cumulative counters are row counts.
/// </summary>
public class PersonKey
{
    public int ProcessorId { get; set; }

    public int Year { get; set; }

    /// <summary>True for sensitive personal information, false for other personal information.</summary>
    public bool Sensitive { get; set; }

    /// <summary>The keyed hash as sent (e.g. hex of HMAC-SHA256).</summary>
    public string KeyHash { get; set; } = string.Empty;
}
