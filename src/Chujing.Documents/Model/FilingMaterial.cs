namespace Chujing.Documents.Model;

/// <summary>
/// One document of a filing's materials, ready to render: its file name (<see cref="Name"/>, as the API and the CLI
/// spell it), its title in Chinese and English, what it is required by (<see cref="RequiredBy"/>), the filing id and
/// list edition every page header carries, and its sections. The first section always says that the document is a
/// draft the user completes; none claims to be complete.
/// </summary>
public sealed record FilingMaterial
{
    public FilingMaterial(string name, string title, string titleEn, string requiredBy, string filingId, string listEdition, IReadOnlyList<DocumentSection> sections)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(titleEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(requiredBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(filingId);
        ArgumentException.ThrowIfNullOrWhiteSpace(listEdition);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentOutOfRangeException.ThrowIfZero(sections.Count);
        Name = name;
        Title = title;
        TitleEn = titleEn;
        RequiredBy = requiredBy;
        FilingId = filingId;
        ListEdition = listEdition;
        Sections = [.. sections];
    }

    /// <summary>File name without extension, e.g. <c>filing-form</c>.</summary>
    public string Name { get; }

    public string Title { get; }

    public string TitleEn { get; }

    /// <summary>The document or article that asks for this material.</summary>
    public string RequiredBy { get; }

    public string FilingId { get; }

    public string ListEdition { get; }

    public IReadOnlyList<DocumentSection> Sections { get; }

    /// <summary>Every gap the user must fill, in document order.</summary>
    public IEnumerable<ToCompleteBlock> Gaps => Sections.SelectMany(s => s.Gaps);
}
