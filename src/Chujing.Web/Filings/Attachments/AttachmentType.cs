namespace Chujing.Web.Filings.Attachments;

/// <summary>A type of document the platform accepts, as recognised from its content: its media type and the file extensions it goes by.</summary>
public sealed record AttachmentType
{
    public AttachmentType(string name, string mediaType, IReadOnlyList<string> extensions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        if (extensions is not { Count: > 0 } || extensions.Any(e => !e.StartsWith('.')))
        {
            throw new ArgumentException("at least one extension, each starting with '.'", nameof(extensions));
        }

        Name = name;
        MediaType = mediaType;
        Extensions = extensions;
    }

    public string Name { get; }

    public string MediaType { get; }

    public IReadOnlyList<string> Extensions { get; }

    public static AttachmentType Pdf { get; } = new("PDF", "application/pdf", [".pdf"]);

    public static AttachmentType Docx { get; } = new("Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);

    public static AttachmentType Xlsx { get; } = new("Excel (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);

    public static AttachmentType Png { get; } = new("PNG", "image/png", [".png"]);

    public static AttachmentType Jpeg { get; } = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);
}
