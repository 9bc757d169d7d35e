using System.Text.Json;
using Chujing.Domain.Filings;

namespace Chujing.Web.Filings;

/// <summary>A filing as the API returns it. <see cref="Processor"/> is the processor's USCC.</summary>
public sealed record FilingView(
    string Id,
    FilingStatus Status,
    string Processor,
    string ProcessorName,
    string ZoneGroup,
    string Title,
    string ListEdition,
    string Scenario,
    IReadOnlyList<string> Fields,
    IReadOnlyList<RecipientBody> Recipients,
    string Purpose,
    bool ImportantData,
    PersonsBody Persons,
    int RetentionMonths,
    string SecurityMeasures,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    string? Pathway,
    JsonElement? Assessment,
    string? ReviewNote,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt,
    int Version,
    IReadOnlyList<FilingAction> AllowedActions)
{
    /// <summary>Every status the filing took, with when, oldest first (<c>GET /api/filings/{id}</c> only; what the consistency check reads).</summary>
    public IReadOnlyList<Chujing.Domain.Consistency.FilingStatusChange>? StatusHistory { get; init; }
}
