namespace Chujing.Persistence.Evidence;

/// <summary>
/// The platform's index of one export event appended to a processor's evidence ledger: the receipt (leaf index and
/// the tree size that included it) and the fields the dashboards count by. The ledger holds the event itself.
/// </summary>
public class ExportRecord
{
    public long Id { get; set; }

    public int ProcessorId { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    public string? FilingId { get; set; }

    public DateTimeOffset Time { get; set; }

    /// <summary>Calendar year of <see cref="Time"/> in China Standard Time: the year the cumulative counts run over.</summary>
    public int Year { get; set; }

    public string Recipient { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    public string? Scenario { get; set; }

    public long Persons { get; set; }

    public bool Sensitive { get; set; }

    public long LeafIndex { get; set; }

    public long TreeSize { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
