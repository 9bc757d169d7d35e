using System.ComponentModel.DataAnnotations;
using Chujing.Domain.Filings;

namespace Chujing.Web.Filings;

/// <summary>The body of <c>POST /api/filings</c> (a new draft) and <c>PUT /api/filings/{id}</c> (an amendment).</summary>
public sealed record FilingRequest
{
    [MaxLength(InputLimits.Title)]
    public string? Title { get; init; }

    [MaxLength(InputLimits.Identifier)]
    public string? ListEdition { get; init; }

    [MaxLength(InputLimits.Identifier)]
    public string? Scenario { get; init; }

    /// <summary>Field ids; the same id twice is kept once.</summary>
    [MaxLength(InputLimits.Fields)]
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Overseas recipients; the same name and country twice is kept once.</summary>
    [MaxLength(InputLimits.Recipients)]
    public IReadOnlyList<RecipientBody>? Recipients { get; init; }

    [MaxLength(InputLimits.Text)]
    public string? Purpose { get; init; }

    public bool ImportantData { get; init; }

    public PersonsBody? Persons { get; init; }

    public int RetentionMonths { get; init; }

    [MaxLength(InputLimits.Text)]
    public string? SecurityMeasures { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidUntil { get; init; }

    /// <summary>On an amendment, the version the caller read; a newer stored version answers 409.</summary>
    public int? Version { get; init; }
}
