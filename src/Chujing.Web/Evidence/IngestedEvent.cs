namespace Chujing.Web.Evidence;

/// <summary>One validated export event: its canonical JSON text (the ledger leaf) and the facts the platform indexes.</summary>
public sealed record IngestedEvent(
    string Canonical,
    DateTimeOffset Time,
    string Recipient,
    string Country,
    long Persons,
    string? FilingId,
    string? Scenario,
    bool Sensitive,
    IReadOnlyList<string> PersonKeys);
