using Chujing.Persistence.Applications;

namespace Chujing.Web.Applications;

/// <summary>An application to use the list, as the API returns it.</summary>
public sealed record ListApplicationView(
    int Id,
    string Processor,
    string ProcessorName,
    string ZoneGroup,
    ListApplicationStatus Status,
    string ListEdition,
    string Statement,
    string? DecisionNote,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt);
