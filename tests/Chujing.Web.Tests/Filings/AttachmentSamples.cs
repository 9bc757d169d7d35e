using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Chujing.Web.Tests.Filings;

/// <summary>Real files of each kind the attachment check meets, made here: documents it takes and programs it refuses.</summary>
internal static class AttachmentSamples
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] PdfWithJavaScript { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The JavaScript name spelled with a <c>#xx</c> escape, as PDFs may.</summary>
    public static byte[] PdfWithEscapedJavaScript { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /J#61vaScript >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static byte[] Jpeg { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] WindowsExecutable { get; } = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    public static byte[] Elf { get; } = [0x7F, (byte)'E', (byte)'L', (byte)'F', 0x02, 0x01, 0x01, 0x00, 0x00, 0x00];

    public static byte[] MachO { get; } = [0xCF, 0xFA, 0xED, 0xFE, 0x07, 0x00, 0x00, 0x01];

    public static byte[] ShellScript { get; } = Encoding.ASCII.GetBytes("#!/bin/sh\necho owned\n");

    public static byte[] Html { get; } = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");

    /// <summary>A Word document written by the Open XML SDK, as Word writes one.</summary>
    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("个人信息出境标准合同")))));
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new[] { new { 字段 = "姓名", 人数 = 100 } });
        return stream.ToArray();
    }

    /// <summary>A Word document that carries a VBA project (as a .docm renamed .docx does).</summary>
    public static byte[] DocxWithMacros() => WithEntry(Docx(), "word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>A Word document with a Linux program hidden as one of its images.</summary>
    public static byte[] DocxWithProgram() => WithEntry(Docx(), "word/media/image1.png", Elf);

    public static byte[] DocxWithOleObject() => WithEntry(Docx(), "word/embeddings/oleObject1.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>A ZIP that is no Office document.</summary>
    public static byte[] PlainZip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("readme.txt").Open();
            entry.Write("hello"u8);
        }

        return stream.ToArray();
    }

    private static byte[] WithEntry(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }
}
