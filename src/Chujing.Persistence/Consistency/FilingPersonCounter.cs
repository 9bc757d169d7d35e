namespace Chujing.Persistence.Consistency;

/// <summary>The distinct persons of one filing, year and kind: the row count of <see cref="FilingPersonKey"/>, kept as a number.</summary>
public class FilingPersonCounter
{
    public string FilingId { get; set; } = string.Empty;

    public int Year { get; set; }

    public bool Sensitive { get; set; }

    public long Count { get; set; }
}
