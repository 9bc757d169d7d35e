namespace Chujing.Web.Evidence;

/// <summary>
/// One recorded export as <c>GET /api/evidence/records</c> and the evidence page show it: the event's facts, the
/// filing it names (null when the processor has no such filing), and its receipt in the processor's ledger
/// (<see cref="LeafIndex"/> in the tree of <see cref="TreeSize"/> leaves that first included it).
/// <see cref="ListEdition"/> is the named filing's list edition, where the scenario's name is looked up (not in the JSON).
/// </summary>
public sealed record ExportRecordView(
    long Id,
    string Processor,
    string ProcessorName,
    string ZoneGroup,
    string? Filing,
    DateTimeOffset Time,
    string Recipient,
    string Country,
    string? Scenario,
    long Persons,
    bool Sensitive,
    long LeafIndex,
    long TreeSize,
    DateTimeOffset RecordedAt,
    [property: System.Text.Json.Serialization.JsonIgnore] string? ListEdition = null);
