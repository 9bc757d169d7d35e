using Chujing.Domain.Catalog;

namespace Chujing.Web.Editions;

/// <summary>One edition the platform serves, as <c>GET /api/editions</c> lists it.</summary>
/// <param name="Status"><c>shipped</c> (from the files, read-only), <c>draft</c> (the city's, editable) or <c>published</c>.</param>
public sealed record EditionListEntry(
    string Id,
    string Jurisdiction,
    string Title,
    CatalogFamily Family,
    string Status,
    DateOnly Effective,
    string? BasedOn,
    string ContentHash,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<ApprovalView> Approvals);
