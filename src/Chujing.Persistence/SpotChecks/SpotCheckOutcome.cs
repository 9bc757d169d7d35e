namespace Chujing.Persistence.SpotChecks;

/// <summary>The result of one filing in a finished check: its aggregated severity (null when clean) and why.</summary>
public class SpotCheckOutcome
{
    public long Id { get; set; }

    public string SpotCheckId { get; set; } = string.Empty;

    public string FilingId { get; set; } = string.Empty;

    public int ProcessorId { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    /// <summary>The risk class the processor had in the population.</summary>
    public string RiskClass { get; set; } = string.Empty;

    public string? Severity { get; set; }

    public string Reason { get; set; } = string.Empty;

    public int Records { get; set; }

    public int Findings { get; set; }

    public DateTimeOffset FinishedAt { get; set; }
}
