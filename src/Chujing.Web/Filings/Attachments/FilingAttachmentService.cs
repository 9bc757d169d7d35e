using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Persistence;
using Chujing.Persistence.Filings;
using Chujing.Web.Access;
using Chujing.Web.Audit;
using Chujing.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Filings.Attachments;

/// <summary>
/// Documents attached to filings, stored in the database (both stores) with their SHA-256 and size. Whoever may see
/// the filing may list and download them (anyone else gets 404); its enterprise uploads them while the filing is
/// alive and removes them while it is a draft or returned. Every upload and removal is audited with the filing.
/// </summary>
public sealed class FilingAttachmentService(ChujingDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>The largest file accepted: 20 MiB.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>Attachments one filing may hold.</summary>
    public const int MaxPerFiling = 30;

    public const int MaxNameLength = 200;

    private static readonly FilingStatus[] Closed = [FilingStatus.Rejected, FilingStatus.Revoked, FilingStatus.Expired];

    public async Task<Result<IReadOnlyList<FilingAttachmentView>>> ListAsync(Caller caller, string filingId, CancellationToken ct)
    {
        if (!await db.Filings.VisibleTo(caller).AnyAsync(f => f.Id == filingId, ct).ConfigureAwait(false))
        {
            return NotFound(filingId);
        }

        var rows = await db.FilingAttachments.AsNoTracking().Where(a => a.FilingId == filingId).OrderBy(a => a.Id).ToListAsync(ct).ConfigureAwait(false);
        return Result<IReadOnlyList<FilingAttachmentView>>.Success([.. rows.Select(ToView)]);
    }

    /// <summary>
    /// Stores <paramref name="content"/> as an attachment of kind <paramref name="kind"/>. The body is read once, into
    /// one buffer of at most <see cref="MaxBytes"/> (sized from <paramref name="length"/> when it is known), checked
    /// by <see cref="AttachmentSniffer"/>, hashed and written with its audit entry in one transaction.
    /// </summary>
    public async Task<Result<FilingAttachmentView>> UploadAsync(Caller caller, string filingId, string? kind, string? fileName, Stream content, long? length, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var filing = await db.Filings.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(f => f.Id == filingId, ct).ConfigureAwait(false);
        if (filing is null)
        {
            return NotFound(filingId);
        }

        if (!caller.IsEnterprise)
        {
            return new ForbiddenError("only the filing's enterprise attaches documents");
        }

        var problems = new List<Diagnostic>();
        if (!AttachmentKinds.IsKind(kind))
        {
            problems.Add(Diagnostic.ForField(DiagnosticKind.Reference, null, "kind", $"'{kind}' is not an attachment kind", string.Join(", ", AttachmentKinds.All.Select(k => k.Id))));
        }

        var name = CleanName(fileName);
        if (name is null)
        {
            problems.Add(Diagnostic.ForField(null, "fileName", $"the file name is required (at most {MaxNameLength} characters, no control characters)"));
        }

        if (Closed.Contains(filing.Status))
        {
            problems.Add(Diagnostic.ForField(null, "status", $"filing {filingId} is {FilingNames.Of(filing.Status)}; documents are attached to a filing that is not rejected, revoked or expired"));
        }

        if (await db.FilingAttachments.CountAsync(a => a.FilingId == filingId, ct).ConfigureAwait(false) >= MaxPerFiling)
        {
            problems.Add(Diagnostic.ForField(null, AttachmentSniffer.Field, $"filing {filingId} already holds {MaxPerFiling} attachments, the most it may"));
        }

        if (length > MaxBytes)
        {
            problems.Add(TooLarge());
        }

        if (problems.Count > 0)
        {
            return Result<FilingAttachmentView>.Failure(problems);
        }

        var bytes = await ReadAsync(content, length, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return Result<FilingAttachmentView>.Failure(TooLarge());
        }

        var type = AttachmentSniffer.Check(bytes, name!);
        if (!type.IsSuccess)
        {
            return type.Error!;
        }

        var row = new FilingAttachment
        {
            FilingId = filingId,
            Kind = kind!,
            FileName = name!,
            ContentType = type.Value.MediaType,
            Size = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedAt = time.GetUtcNow(),
            UploadedBy = caller.UserId.Length <= 64 ? caller.UserId : caller.UserId[..64],
            UploadedByEmail = caller.Email.Length <= 256 ? caller.Email : caller.Email[..256],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        db.FilingAttachments.Add(row);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.FilingAttachmentContents.Add(new FilingAttachmentContent { AttachmentId = row.Id, Content = bytes });
        audit.Record(db, caller, TenantScope.FilingEntity, filingId, "attach", filing.ProcessorId, filing.ZoneGroupId, null, Snapshot(row));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return ToView(row);
    }

    /// <summary>The attachment and a writer that streams its bytes from the database; 404 when the filing is not visible.</summary>
    public async Task<Result<AttachmentDownload>> DownloadAsync(Caller caller, string filingId, long id, CancellationToken ct)
    {
        if (await FindAsync(caller, filingId, id, ct).ConfigureAwait(false) is not { } row)
        {
            return new NotFoundError($"attachment {id} of filing '{filingId}' does not exist or is not visible to you");
        }

        return new AttachmentDownload(ToView(row), (body, token) => StreamAsync(row.Id, body, token));
    }

    /// <summary>Removes an attachment of the enterprise's draft or returned filing.</summary>
    public async Task<Result<FilingAttachmentView>> DeleteAsync(Caller caller, string filingId, long id, CancellationToken ct)
    {
        if (await FindAsync(caller, filingId, id, ct).ConfigureAwait(false) is not { } row)
        {
            return new NotFoundError($"attachment {id} of filing '{filingId}' does not exist or is not visible to you");
        }

        var filing = await db.Filings.AsNoTracking().SingleAsync(f => f.Id == filingId, ct).ConfigureAwait(false);
        if (!caller.IsEnterprise)
        {
            return new ForbiddenError("only the filing's enterprise removes its documents");
        }

        if (filing.Status is not (FilingStatus.Draft or FilingStatus.ReturnedForCorrection))
        {
            return Result<FilingAttachmentView>.Failure(Diagnostic.ForField(null, "status", $"filing {filingId} is {FilingNames.Of(filing.Status)}; documents are removed from a draft or a returned filing only"));
        }

        db.FilingAttachments.Remove(row);
        audit.Record(db, caller, TenantScope.FilingEntity, filingId, "detach", filing.ProcessorId, filing.ZoneGroupId, Snapshot(row), null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(row);
    }

    private async Task<FilingAttachment?> FindAsync(Caller caller, string filingId, long id, CancellationToken ct) =>
        await db.Filings.VisibleTo(caller).AnyAsync(f => f.Id == filingId, ct).ConfigureAwait(false)
            ? await db.FilingAttachments.SingleOrDefaultAsync(a => a.Id == id && a.FilingId == filingId, ct).ConfigureAwait(false)
            : null;

    /// <summary>Copies the stored bytes to <paramref name="body"/> through the provider's streaming reader (never the whole file in memory on PostgreSQL).</summary>
    private async Task StreamAsync(long id, Stream body, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Content\" FROM filing_attachment_contents WHERE \"AttachmentId\" = @id";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
            if (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                await using var stored = reader.GetStream(0);
                await stored.CopyToAsync(body, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The body in one buffer, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    private static async Task<byte[]?> ReadAsync(Stream content, long? length, CancellationToken ct)
    {
        if (length is { } known)
        {
            var exact = new byte[known];
            var read = await content.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
            if (read < exact.Length)
            {
                return exact[..read];
            }

            // Content-Length is a claim: more bytes than it said is a body larger than allowed or a broken request.
            return await content.ReadAsync(new byte[1], ct).ConfigureAwait(false) == 0 ? exact : null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>The name without folders, trimmed; null when empty, too long or holding control characters.</summary>
    private static string? CleanName(string? fileName)
    {
        var name = fileName?.Replace('\\', '/').Split('/')[^1].Trim();
        return name is { Length: > 0 and <= MaxNameLength } && !name.Any(char.IsControl) ? name : null;
    }

    private static Diagnostic TooLarge() => Diagnostic.ForField(null, AttachmentSniffer.Field,
        $"the file is larger than {MaxBytes / 1024 / 1024} MiB ({MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes), the most an attachment may be");

    private static NotFoundError NotFound(string filingId) => new($"filing '{filingId}' does not exist or is not visible to you");

    private static object Snapshot(FilingAttachment a) => new { attachment = a.Id, a.Kind, a.FileName, a.ContentType, a.Size, a.Sha256 };

    private static FilingAttachmentView ToView(FilingAttachment a) => new(
        a.Id, a.FilingId, a.Kind, AttachmentKinds.Label(a.Kind, UiText.IsEnglish), a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedByEmail);
}
