using System.IO.Compression;
using System.Text;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Filings.Attachments;

/// <summary>
/// Decides what an uploaded file is from its bytes, never from its name or the type the browser claimed: PDF, DOCX,
/// XLSX, PNG or JPEG, and refuses anything that can run. Executables (Windows PE, ELF, Mach-O, Java class files),
/// scripts (<c>#!</c>), Office documents with macros (<c>vbaProject.bin</c>, a macro-enabled content type), ActiveX
/// controls or OLE objects, or an executable inside, and PDFs with JavaScript, launch actions or embedded files are
/// refused. The file's name must end as its content is (<c>.pdf</c> for a PDF).
/// </summary>
public static class AttachmentSniffer
{
    /// <summary>The field the diagnostics name.</summary>
    public const string Field = "file";

    private const int MaxZipEntries = 5000;
    private const int MaxContentTypesBytes = 1024 * 1024;

    private static readonly string[] PdfActiveNames = ["JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia"];

    public static Result<AttachmentType> Check(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.IsEmpty)
        {
            return Refuse("the file is empty");
        }

        if (Executable(content) is { } program)
        {
            return Refuse($"the file is an executable program ({program}); programs and scripts are refused");
        }

        var type = content switch
        {
            _ when content.StartsWith("%PDF-"u8) => AttachmentType.Pdf,
            _ when content.StartsWith((ReadOnlySpan<byte>)new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) => AttachmentType.Png,
            _ when content.StartsWith((ReadOnlySpan<byte>)new byte[] { 0xFF, 0xD8, 0xFF }) => AttachmentType.Jpeg,
            _ => null,
        };
        if (type is null && content.StartsWith("PK\u0003\u0004"u8))
        {
            var office = CheckOffice(content.ToArray());
            if (!office.IsSuccess)
            {
                return office;
            }

            type = office.Value;
        }

        if (type is null)
        {
            return Refuse("the file is not a PDF, DOCX, XLSX, PNG or JPEG document (recognised from its content, not its name)");
        }

        if (type == AttachmentType.Pdf && PdfActiveName(content) is { } name)
        {
            return Refuse($"the PDF carries /{name} (JavaScript, a launch action or embedded files); save it without them");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!type.Extensions.Contains(extension))
        {
            return Refuse($"the name '{fileName}' does not match the content, which is {type.Name}; name it {type.Extensions[0]}");
        }

        return type;
    }

    private static Result<AttachmentType> Refuse(string message) =>
        Result<AttachmentType>.Failure(Diagnostic.ForField(null, Field, message));

    /// <summary>The kind of program <paramref name="bytes"/> begins with, or null.</summary>
    internal static string? Executable(ReadOnlySpan<byte> bytes) => bytes switch
    {
        _ when bytes.StartsWith("MZ"u8) => "Windows PE",
        _ when bytes.StartsWith((ReadOnlySpan<byte>)new byte[] { 0x7F, 0x45, 0x4C, 0x46 }) => "ELF",
        _ when bytes.StartsWith((ReadOnlySpan<byte>)new byte[] { 0xFE, 0xED, 0xFA, 0xCE }) || bytes.StartsWith((ReadOnlySpan<byte>)new byte[] { 0xFE, 0xED, 0xFA, 0xCF })
            || bytes.StartsWith((ReadOnlySpan<byte>)new byte[] { 0xCE, 0xFA, 0xED, 0xFE }) || bytes.StartsWith((ReadOnlySpan<byte>)new byte[] { 0xCF, 0xFA, 0xED, 0xFE }) => "Mach-O",
        _ when bytes.StartsWith((ReadOnlySpan<byte>)new byte[] { 0xCA, 0xFE, 0xBA, 0xBE }) => "Mach-O universal or Java class",
        _ when bytes.StartsWith("#!"u8) || bytes.StartsWith((ReadOnlySpan<byte>)new byte[] { 0xEF, 0xBB, 0xBF, 0x23, 0x21 }) => "script",
        _ => null,
    };

    private static Result<AttachmentType> CheckOffice(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return Refuse($"the archive has more than {MaxZipEntries} parts; it is not a document");
            }

            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.FirstOrDefault(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || n.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase)) is { } macros)
            {
                return Refuse($"the Office document carries macros ({macros}); save it as .docx or .xlsx without macros");
            }

            if (names.FirstOrDefault(n => n.Contains("/activeX/", StringComparison.OrdinalIgnoreCase)
                || (n.Contains("/embeddings/", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))) is { } active)
            {
                return Refuse($"the Office document holds an ActiveX control or OLE object ({active}), which can carry a program; remove it");
            }

            Span<byte> head = stackalloc byte[8];
            foreach (var entry in zip.Entries.Where(e => e.Length > 0))
            {
                using var part = entry.Open();
                var read = part.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                if (Executable(head[..read]) is { } program)
                {
                    return Refuse($"the Office document holds an executable program ({program}) in {entry.FullName}");
                }
            }

            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null)
            {
                return Refuse("the file is a ZIP archive, not a Word or Excel document");
            }

            string declared;
            using (var reader = new StreamReader(types.Open(), Encoding.UTF8))
            {
                var buffer = new char[MaxContentTypesBytes];
                declared = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
            }

            if (declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return Refuse("the Office document is macro-enabled (.docm, .xlsm); save it as .docx or .xlsx without macros");
            }

            return names.Contains("word/document.xml") ? AttachmentType.Docx
                : names.Contains("xl/workbook.xml") ? AttachmentType.Xlsx
                : Refuse("the file is a ZIP archive, not a Word or Excel document");
        }
        catch (InvalidDataException e)
        {
            return Refuse("the Office document cannot be read: " + e.Message);
        }
    }

    /// <summary>The first name of an active feature in the PDF's (uncompressed) structure, with <c>#xx</c> escapes decoded.</summary>
    private static string? PdfActiveName(ReadOnlySpan<byte> pdf)
    {
        var name = new StringBuilder();
        for (var i = 0; i < pdf.Length; i++)
        {
            if (pdf[i] != (byte)'/')
            {
                continue;
            }

            name.Clear();
            var j = i + 1;
            while (j < pdf.Length && name.Length <= 16 && IsRegular(pdf[j]))
            {
                if (pdf[j] == (byte)'#' && j + 2 < pdf.Length && IsHex(pdf[j + 1]) && IsHex(pdf[j + 2]))
                {
                    name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(pdf.Slice(j + 1, 2)), 16));
                    j += 3;
                }
                else
                {
                    name.Append((char)pdf[j]);
                    j++;
                }
            }

            var text = name.ToString();
            if (PdfActiveNames.Contains(text, StringComparer.Ordinal))
            {
                return text;
            }

            i = j - 1;
        }

        return null;
    }

    private static bool IsRegular(byte b) => b > 0x20 && b < 0x7F && "()<>[]{}/%".IndexOf((char)b, StringComparison.Ordinal) < 0;

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
}
