namespace Chujing.Web.Evidence;

/// <summary>
/// An export event as <c>POST /api/evidence</c> takes it (docs/contracts.md, "An export event"), for the OpenAPI document;
/// the body itself is read by <see cref="ExportEventReader"/>, which keeps every property as written.
/// </summary>
public sealed record ExportEventBody(
    string Processor,
    string? Filing,
    DateTimeOffset Time,
    string Recipient,
    string Country,
    string? Scenario,
    IReadOnlyList<string>? Fields,
    long Persons,
    IReadOnlyList<string>? PersonKeys,
    bool? Sensitive,
    string? Digest);
