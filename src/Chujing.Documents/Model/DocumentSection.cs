namespace Chujing.Documents.Model;

/// <summary>
/// A numbered section (Word style Heading 1): its heading in Chinese and English, where its structure comes from
/// (<see cref="Source"/>: the template or article it follows, as docs/filing-materials.md lists them), and its blocks.
/// </summary>
public sealed record DocumentSection
{
    public DocumentSection(string heading, string headingEn, string source, IReadOnlyList<DocumentBlock> blocks)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(heading);
        ArgumentNullException.ThrowIfNull(headingEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(blocks);
        Heading = heading;
        HeadingEn = headingEn;
        Source = source;
        Blocks = [.. blocks];
    }

    public string Heading { get; }

    public string HeadingEn { get; }

    /// <summary>The template, standard or article the section follows.</summary>
    public string Source { get; }

    public IReadOnlyList<DocumentBlock> Blocks { get; }

    /// <summary>Every gap the user must fill in this section.</summary>
    public IEnumerable<ToCompleteBlock> Gaps => Blocks.OfType<ToCompleteBlock>();
}
