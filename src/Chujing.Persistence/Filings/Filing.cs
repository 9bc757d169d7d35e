using Chujing.Domain.Filings;
using Chujing.Persistence.Processors;

namespace Chujing.Persistence.Filings;

/// <summary>
/// A stored filing (备案). The content mirrors <see cref="FilingContent"/>; the status moves only through
/// <see cref="FilingStateMachine"/>. <see cref="Version"/> guards against two people changing it at once.
/// </summary>
public class Filing
{
    /// <summary>Public id, <c>F-&lt;year&gt;-&lt;4 digits&gt;</c>, e.g. <c>F-2026-0001</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public int ProcessorId { get; set; }

    public Processor? Processor { get; set; }

    /// <summary>Copied from the processor when the filing is created: the zone group that reviews it.</summary>
    public string ZoneGroupId { get; set; } = string.Empty;

    public FilingStatus Status { get; set; }

    public string Title { get; set; } = string.Empty;

    public string ListEdition { get; set; } = string.Empty;

    public string Scenario { get; set; } = string.Empty;

    public List<string> Fields { get; set; } = [];

    public List<FilingRecipientRow> Recipients { get; set; } = [];

    public string Purpose { get; set; } = string.Empty;

    public bool ImportantData { get; set; }

    public long PersonsPersonal { get; set; }

    public long PersonsSensitive { get; set; }

    public int RetentionMonths { get; set; }

    public string SecurityMeasures { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>The assessment engine's result for this content, as the JSON <c>chujing assess --json</c> prints.</summary>
    public string? AssessmentJson { get; set; }

    /// <summary>The pathway from <see cref="AssessmentJson"/>, kept apart for queries and charts.</summary>
    public string? AssessmentPathway { get; set; }

    /// <summary>The last officer's note (why it was returned, rejected or revoked).</summary>
    public string? ReviewNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Incremented on every change; a concurrency token.</summary>
    public int Version { get; set; }
}
