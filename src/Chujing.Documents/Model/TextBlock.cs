namespace Chujing.Documents.Model;

/// <summary>A paragraph: the Chinese text, and its English beside it where there is one.</summary>
public sealed record TextBlock : DocumentBlock
{
    public TextBlock(string text, string? textEn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        TextEn = textEn;
    }

    public string Text { get; }

    public string? TextEn { get; }
}
