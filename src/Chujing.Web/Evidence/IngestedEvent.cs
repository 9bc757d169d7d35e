namespace Chujing.Web.Evidence;

/// <summary>One validated export event: as the ledger validated it (its canonical JSON is the leaf) and the facts the platform indexes.</summary>
public sealed record IngestedEvent(
    Chujing.Domain.Evidence.ExportEvent Event,
    DateTimeOffset Time,
    string Recipient,
    string Country,
    long Persons,
    string? FilingId,
    string? Scenario,
    bool Sensitive,
    IReadOnlyList<string> PersonKeys);
