namespace Chujing.Persistence.SpotChecks;

/// <summary>
/// What the enterprise produced for a sampled leaf with a digest: the payload's SHA-256 and size and what the scanner
/// found in it (catalog fields, distinct persons). The payload itself is not kept.
/// </summary>
public class SpotCheckPayload
{
    public long Id { get; set; }

    public string SpotCheckId { get; set; } = string.Empty;

    public int ProcessorId { get; set; }

    public long Leaf { get; set; }

    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public long Bytes { get; set; }

    /// <summary>Distinct persons the scanner counted; null when the payload could not be scanned.</summary>
    public long? Persons { get; set; }

    /// <summary>JSON array of catalog field ids the scanner mapped columns to.</summary>
    public string FieldsJson { get; set; } = "[]";

    /// <summary>Why the payload could not be scanned, when it could not.</summary>
    public string? ScanProblem { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
