using Chujing.Domain.Consistency;

namespace Chujing.Persistence.Consistency;

/// <summary>
/// One deviation of a recorded export from its filing, found when the export was ingested: the export's ledger leaf,
/// the filing it named, the kind, field, severity, explanation and basis. Scoped like the export (processor, zone
/// group). Rows are only ever inserted.
/// </summary>
public class DeviationRecord
{
    public long Id { get; set; }

    public int ProcessorId { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    /// <summary>The filing the event named, as written (at most 64 characters); null when it named none.</summary>
    public string? FilingId { get; set; }

    /// <summary>The export's leaf in the processor's ledger.</summary>
    public long LeafIndex { get; set; }

    public DateTimeOffset EventTime { get; set; }

    /// <summary>Beijing calendar year of <see cref="EventTime"/>.</summary>
    public int Year { get; set; }

    public DeviationKind Kind { get; set; }

    public string Path { get; set; } = string.Empty;

    public Severity Severity { get; set; }

    public string Detail { get; set; } = string.Empty;

    public string DetailEn { get; set; } = string.Empty;

    /// <summary>Basis rule ids, in order; <see cref="BasisCitations"/> holds the citation of each.</summary>
    public List<string> BasisRules { get; set; } = [];

    public List<string> BasisCitations { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }
}
