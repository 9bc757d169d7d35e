namespace Chujing.Persistence.Filings;

/// <summary>
/// A document attached to a filing (the standard contract, the PIPIA report, the CAC's result): what it is, its name,
/// type, size and SHA-256. The bytes sit in <see cref="FilingAttachmentContent"/>, so that listing never reads them.
/// </summary>
public class FilingAttachment
{
    public long Id { get; set; }

    public string FilingId { get; set; } = string.Empty;

    /// <summary><c>standard-contract</c>, <c>pipia-report</c> or <c>cac-result</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The name it was uploaded under (without folders).</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>The media type its content was recognised as (never the one the uploader claimed).</summary>
    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = string.Empty;

    public string UploadedByEmail { get; set; } = string.Empty;
}
