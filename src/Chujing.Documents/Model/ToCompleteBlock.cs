namespace Chujing.Documents.Model;

/// <summary>
/// Something the user must still add that Chujing cannot know (a signature, a seal, measures, an assessment's
/// findings). Every renderer highlights it (Word: the <c>ToComplete</c> style, bold on yellow) so that the
/// document never looks complete while it is not.
/// </summary>
public sealed record ToCompleteBlock : DocumentBlock
{
    public ToCompleteBlock(string text, string textEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(textEn);
        Text = text;
        TextEn = textEn;
    }

    public string Text { get; }

    public string TextEn { get; }
}
