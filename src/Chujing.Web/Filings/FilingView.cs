using Chujing.Domain.Catalog;
using Chujing.Domain.Filings;

namespace Chujing.Web.Filings;

/// <summary>
/// A filing as the API returns it. <see cref="Processor"/> is the processor's USCC; <see cref="Assessment"/> is the
/// archived decision as <c>chujing assess --json</c> prints it, <see cref="Basis"/> its rules. <see cref="YearPersons"/>
/// are the persons of the processor's year added to <see cref="Persons"/> for the decision; <see cref="OutOfDate"/> says
/// that deciding again today gives <see cref="ReassessedPathway"/> instead of <see cref="Pathway"/>. An approved filing
/// whose pathway needs more says so in <see cref="StillRequired"/>, and what the enterprise recorded for it in
/// <see cref="PathwayReference"/> and <see cref="PathwayDate"/>.
/// </summary>
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
    PersonsBody YearPersons,
    int RetentionMonths,
    string SecurityMeasures,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    Pathway? Pathway,
    IReadOnlyList<FilingBasisView> Basis,
    ArchivedJson? Assessment,
    string? ReviewNote,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt,
    bool OutOfDate,
    Pathway? ReassessedPathway,
    PathwayRequirement? StillRequired,
    string? PathwayReference,
    DateOnly? PathwayDate,
    int Version,
    IReadOnlyList<FilingAction> AllowedActions)
{
    /// <summary>Every status the filing took, with when, oldest first (<c>GET /api/filings/{id}</c> only; what the consistency check reads).</summary>
    public IReadOnlyList<Chujing.Domain.Consistency.FilingStatusChange>? StatusHistory { get; init; }

    /// <summary>
    /// Whether the processor is approved to use the filing's own list edition (an approval is of one edition;
    /// <c>GET /api/filings/{id}</c> only; what the consistency check reads, as the filing's decision did).
    /// </summary>
    public bool? ListApproved { get; init; }
}
