namespace Chujing.Persistence.SpotChecks;

/// <summary>
/// A spot check (一致性抽验): its scope and period, its frozen population and hash (published before any seed), then
/// the seed with its contributors and the sample, then the run. Moves planned → drawn → finished, never back.
/// </summary>
public class SpotCheck
{
    /// <summary>Public id, <c>SC-&lt;year&gt;-&lt;4 digits&gt;</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The zone group covered; null for a city-wide check.</summary>
    public string? ZoneGroupId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary><c>planned</c>, <c>drawn</c> or <c>finished</c>.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>The canonical population JSON the hash covers.</summary>
    public string PopulationJson { get; set; } = string.Empty;

    /// <summary><c>sha256:&lt;hex&gt;</c>.</summary>
    public string PopulationHash { get; set; } = string.Empty;

    public long? FilingsRequested { get; set; }

    public long? RecordsPerFiling { get; set; }

    /// <summary>The finding this check re-checks (its closure needs a clean sample); null for a regular check.</summary>
    public string? RecheckOf { get; set; }

    public string? Seed { get; set; }

    /// <summary>JSON array of <c>{"party", "value", "account"}</c>: who added which part of the seed.</summary>
    public string? ContributorsJson { get; set; }

    /// <summary>JSON array of late recusals <c>{"filing", "inspector"}</c>.</summary>
    public string? RecusalsJson { get; set; }

    /// <summary>The sample as the draw answered it (JSON array).</summary>
    public string? SampleJson { get; set; }

    public string CreatedById { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DrawnAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>A concurrency token: a check is drawn once and run once.</summary>
    public int Version { get; set; }
}
