namespace Chujing.Domain.Catalog;

/// <summary>
/// One edition of a catalog (national rules or a free-trade-zone list), immutable, with the hash of the text it
/// was built from. Every decision names <see cref="Id"/> and <see cref="ContentHash"/>.
/// </summary>
public sealed partial record CatalogEdition
{
    public required string Id { get; init; }

    public required CatalogFamily Family { get; init; }

    public required string Title { get; init; }

    public string? TitleEn { get; init; }

    public string? EditionLabel { get; init; }

    public DateOnly? Issued { get; init; }

    public required DateOnly Effective { get; init; }

    /// <summary>The date the issuing notice was signed, where a source gives it apart from the release date.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The date a notice was signed (签发), not a numeric type.")]
    public DateOnly? Signed { get; init; }

    public string? Supersedes { get; init; }

    public IReadOnlyList<string> Issuers { get; init; } = [];

    /// <summary>Who may use the list; null for national rules, which bind everyone.</summary>
    public Applicability? Applicability { get; init; }

    public Coverage? Coverage { get; init; }

    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];

    public IReadOnlyList<NationalRule> Rules { get; init; } = [];

    public IReadOnlyList<CatalogDomain> Domains { get; init; } = [];

    public IReadOnlyList<Category> Categories { get; init; } = [];

    public IReadOnlyList<ReferenceCriterion> ReferenceCriteria { get; init; } = [];

    /// <summary>Free text about the whole edition (<c>notes:</c>), for readers.</summary>
    public string? Notes { get; init; }

    /// <summary>Duties a list places on the processors that use it.</summary>
    public IReadOnlyList<ListDuty> Duties { get; init; } = [];

    /// <summary>Facts about the edition that sources report and decisions never rest on (approval, procedure, counts).</summary>
    public IReadOnlyList<EditionFact> Facts { get; init; } = [];

    /// <summary><c>sha256:&lt;hex&gt;</c> of the source text with line endings normalised to LF.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The file the edition was read from, for diagnostics.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The jurisdiction part of the id (<c>beijing-ftz</c>).</summary>
    public string Jurisdiction => Id.Contains('/', StringComparison.Ordinal) ? Id[..Id.IndexOf('/', StringComparison.Ordinal)] : Id;

    /// <summary>Every scenario of every domain, in order.</summary>
    public IEnumerable<Scenario> Scenarios => Domains.SelectMany(d => d.Scenarios);

    /// <summary>Every list item, of every scenario and at domain level, in order.</summary>
    public IEnumerable<ListItem> Items => Domains.SelectMany(d => d.Scenarios.SelectMany(s => s.Items).Concat(d.Items));

    /// <summary>What the catalog encodes, to compare with <see cref="Coverage"/>.</summary>
    public Coverage Encoded => new(
        Items: Family == CatalogFamily.Category ? Categories.Sum(c => c.Subcategories.Count) : Items.Count(),
        Scenarios: Scenarios.Count(),
        Fields: Items.Sum(i => i.Fields.Count),
        Categories: Categories.Count,
        Subcategories: Categories.Sum(c => c.Subcategories.Count));
}
