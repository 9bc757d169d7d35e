using Chujing.Domain.Catalog;

namespace Chujing.Cli.Catalogs;

/// <summary>One line of <c>catalog list --json</c>.</summary>
internal sealed record EditionSummary(
    string Id,
    string Title,
    string? TitleEn,
    CatalogFamily Family,
    string? EditionLabel,
    DateOnly? Issued,
    DateOnly Effective,
    string? Supersedes,
    IReadOnlyList<string> Issuers,
    string? Zone,
    string Hash,
    CoverageView Coverage)
{
    public static EditionSummary Of(CatalogEdition e) => new(
        e.Id, e.Title, e.TitleEn, e.Family, e.EditionLabel, e.Issued, e.Effective, e.Supersedes, e.Issuers,
        e.Applicability?.Zone, e.ContentHash, CoverageView.Of(e));
}
