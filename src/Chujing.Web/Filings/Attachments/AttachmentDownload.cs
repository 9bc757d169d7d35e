namespace Chujing.Web.Filings.Attachments;

/// <summary>What a download needs before the bytes: the attachment's facts (the bytes are streamed from the database).</summary>
public sealed record AttachmentDownload(FilingAttachmentView Attachment, Func<Stream, CancellationToken, Task> WriteTo);
