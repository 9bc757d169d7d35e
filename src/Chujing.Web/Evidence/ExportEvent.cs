namespace Chujing.Web.Evidence;

/// <summary>One validated export event and its canonical JSON text (the ledger leaf).</summary>
public sealed record ExportEvent(
    string Canonical,
    DateTimeOffset Time,
    string Recipient,
    string Country,
    long Persons,
    string? FilingId,
    string? Scenario,
    bool Sensitive,
    IReadOnlyList<string> PersonKeys);
