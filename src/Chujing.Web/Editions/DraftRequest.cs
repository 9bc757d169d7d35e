namespace Chujing.Web.Editions;

/// <summary><c>POST /api/editions/drafts</c>: a new draft copied from <see cref="From"/>, with id <see cref="Id"/>.</summary>
public sealed record DraftRequest(string? From, string? Id, string? Title, string? EditionLabel);
