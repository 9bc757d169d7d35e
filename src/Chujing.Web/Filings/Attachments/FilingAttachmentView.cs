namespace Chujing.Web.Filings.Attachments;

/// <summary>One attachment of a filing as the API and the filing page show it.</summary>
public sealed record FilingAttachmentView(
    long Id,
    string Filing,
    string Kind,
    string KindLabel,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy);
