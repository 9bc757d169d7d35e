using Chujing.Domain.Catalog;
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

    /// <summary>The pathway the engine decided for this content on the processor's year; null without an engine.</summary>
    public Pathway? Pathway { get; set; }

    /// <summary>The rules that decided <see cref="Pathway"/>, in the engine's order.</summary>
    public List<FilingBasisRow> Basis { get; set; } = [];

    /// <summary>
    /// The editions the decision used, each <c>id@hash</c>, space-separated: a decision whose stamp differs from the
    /// catalogs in force was made on other rules.
    /// </summary>
    public string? CatalogStamp { get; set; }

    /// <summary>When the decision was made.</summary>
    public DateTimeOffset? AssessedAt { get; set; }

    /// <summary>Persons of the processor's year added to the filing's own (non-sensitive, then sensitive), as decided.</summary>
    public long YearPersonal { get; set; }

    /// <inheritdoc cref="YearPersonal"/>
    public long YearSensitive { get; set; }

    /// <summary>
    /// Set when a re-assessment (an approval, the year's counters, a new edition) decides another pathway for a filing
    /// a person must act on (submitted, under review or approved); <see cref="ReassessedPathway"/> says what it is now.
    /// </summary>
    public bool OutOfDate { get; set; }

    /// <summary>The pathway a re-assessment decided while <see cref="OutOfDate"/>.</summary>
    public Pathway? ReassessedPathway { get; set; }

    /// <summary>
    /// The archived decision, as <c>chujing assess --json</c> prints it: written once when the decision is made and
    /// returned as is; never read back by the platform.
    /// </summary>
    public string? DecisionJson { get; set; }

    /// <summary>The CAC's security-assessment reference, or the standard-contract filing number, once the enterprise has it.</summary>
    public string? PathwayReference { get; set; }

    /// <summary>The date of <see cref="PathwayReference"/> (the CAC's decision, or the contract's filing).</summary>
    public DateOnly? PathwayDate { get; set; }

    /// <summary>The last officer's note (why it was returned, rejected or revoked).</summary>
    public string? ReviewNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Incremented on every change; a concurrency token.</summary>
    public int Version { get; set; }
}
