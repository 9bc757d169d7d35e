namespace Chujing.Persistence.Consistency;

/// <summary>
/// One event checked at an export gateway (<c>POST /api/check</c>) before it left: when, for which processor and
/// filing, the event's digest and the answer. No evidence is stored; this record lets a spot check compare what was
/// checked with what was later reported as evidence.
/// </summary>
public class GatewayCheck
{
    public long Id { get; set; }

    public int ProcessorId { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    /// <summary>The filing the event named, as written (at most 64 characters); null when none.</summary>
    public string? FilingId { get; set; }

    /// <summary>The event's own <c>digest</c> when it has one, else <c>sha256:</c> of its canonical JSON (its leaf text).</summary>
    public string EventDigest { get; set; } = string.Empty;

    /// <summary>The event's time as it states it.</summary>
    public DateTimeOffset EventTime { get; set; }

    public bool Allowed { get; set; }

    /// <summary>The kinds of deviation found (kebab-case), in order; empty when none.</summary>
    public List<string> Kinds { get; set; } = [];

    /// <summary>The API token that made the call; null for a signed-in user.</summary>
    public int? TokenId { get; set; }
}
