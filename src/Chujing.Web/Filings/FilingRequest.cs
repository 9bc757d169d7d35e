namespace Chujing.Web.Filings;

/// <summary>The body of <c>POST /api/filings</c> (a new draft) and <c>PUT /api/filings/{id}</c> (an amendment).</summary>
public sealed record FilingRequest
{
    public string? Title { get; init; }

    public string? ListEdition { get; init; }

    public string? Scenario { get; init; }

    public IReadOnlyList<string>? Fields { get; init; }

    public IReadOnlyList<RecipientBody>? Recipients { get; init; }

    public string? Purpose { get; init; }

    public bool ImportantData { get; init; }

    public PersonsBody? Persons { get; init; }

    public int RetentionMonths { get; init; }

    public string? SecurityMeasures { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidUntil { get; init; }

    /// <summary>On an amendment, the version the caller read; a newer stored version answers 409.</summary>
    public int? Version { get; init; }
}
