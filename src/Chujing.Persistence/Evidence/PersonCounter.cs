namespace Chujing.Persistence.Evidence;

/// <summary>
/// The running count of <see cref="PersonKey"/> rows per processor, year and kind, kept in step with them in the same
/// transaction (each insert adds the number of keys that were new), so that dashboards and receipts read one row
/// instead of counting a table that grows with every export.
/// </summary>
public class PersonCounter
{
    public int ProcessorId { get; set; }

    public int Year { get; set; }

    public bool Sensitive { get; set; }

    public long Count { get; set; }
}
