namespace Chujing.Documents.Model;

/// <summary>A numbered subheading inside a section (Word style Heading 2).</summary>
public sealed record SubheadingBlock : DocumentBlock
{
    public SubheadingBlock(string text, string textEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(textEn);
        Text = text;
        TextEn = textEn;
    }

    public string Text { get; }

    public string TextEn { get; }
}
