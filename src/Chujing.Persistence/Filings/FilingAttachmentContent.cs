namespace Chujing.Persistence.Filings;

/// <summary>The bytes of one <see cref="FilingAttachment"/>, read only when someone downloads it.</summary>
public class FilingAttachmentContent
{
    public long AttachmentId { get; set; }

    public byte[] Content { get; set; } = [];
}
