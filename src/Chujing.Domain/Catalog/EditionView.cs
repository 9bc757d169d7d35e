namespace Chujing.Domain.Catalog;

/// <summary>The whole edition as <c>catalog show --json</c> writes it.</summary>
public sealed record EditionView(
    string Id,
    string Title,
    string? TitleEn,
    CatalogFamily Family,
    string? EditionLabel,
    DateOnly? Issued,
    DateOnly Effective,
    string? Supersedes,
    IReadOnlyList<string> Issuers,
    string Hash,
    Applicability? Applicability,
    CoverageView Coverage,
    IReadOnlyList<SourceDocument> Sources,
    IReadOnlyList<NationalRule>? Rules,
    IReadOnlyList<DomainView> Domains,
    IReadOnlyList<Category>? Categories,
    IReadOnlyList<ReferenceCriterion>? ReferenceCriteria,
    IReadOnlyList<ListDuty>? Duties)
{
    /// <summary>The date the issuing notice was signed, where it differs from the release.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The date a notice was signed (签发), not a numeric type.")]
    public DateOnly? Signed { get; init; }

    public IReadOnlyList<EditionFact>? Facts { get; init; }

    public static EditionView Of(CatalogEdition e) => new(
        e.Id, e.Title, e.TitleEn, e.Family, e.EditionLabel, e.Issued, e.Effective, e.Supersedes, e.Issuers, e.ContentHash,
        e.Applicability, CoverageView.Of(e), e.Sources,
        e.Family == CatalogFamily.National ? e.Rules : null,
        e.Domains.Select(DomainView.Of).ToArray(),
        e.Family == CatalogFamily.Category ? e.Categories : null,
        e.ReferenceCriteria.Count > 0 ? e.ReferenceCriteria : null,
        e.Duties.Count > 0 ? e.Duties : null)
    {
        Signed = e.Signed,
        Facts = e.Facts.Count > 0 ? e.Facts : null,
    };
}
