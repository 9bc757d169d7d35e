namespace Chujing.Persistence.Editions;

/// <summary>
/// A notice to an enterprise that a published edition changes what one of its filings needs: shown on its dashboard
/// until the filing moves onto the new edition (<see cref="MovedAt"/>). Zone groups see who has not yet moved.
/// </summary>
public class EditionNotice
{
    public long Id { get; set; }

    /// <summary>The published edition.</summary>
    public string EditionId { get; set; } = string.Empty;

    public string FilingId { get; set; } = string.Empty;

    public int ProcessorId { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    /// <summary>The filing's pathway under the edition it pinned, and under the new one.</summary>
    public string? Before { get; set; }

    public string? After { get; set; }

    /// <summary>
    /// True when the processor was approved to use the pinned edition but not the new one: moving needs a new list-use
    /// application (an approval is of one edition); <see cref="After"/> is then the pathway with it, and
    /// <see cref="AfterWithoutApplication"/> the pathway without it (national rules only).
    /// </summary>
    public bool NeedsApplication { get; set; }

    public string? AfterWithoutApplication { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? MovedAt { get; set; }
}
