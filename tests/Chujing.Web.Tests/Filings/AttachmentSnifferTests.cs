using Chujing.Web.Filings.Attachments;

namespace Chujing.Web.Tests.Filings;

/// <summary>The attachment check reads the content, not the name: documents pass with their media type; programs, scripts and macros do not.</summary>
public sealed class AttachmentSnifferTests
{
    public static TheoryData<string, string, string> Accepted => new()
    {
        { "pdf", "contract.pdf", "application/pdf" },
        { "docx", "合同.DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "xlsx", "fields.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "png", "scan.png", "image/png" },
        { "jpeg", "scan.jpeg", "image/jpeg" },
        { "jpeg", "scan.jpg", "image/jpeg" },
    };

    public static TheoryData<string, string, string> Refused => new()
    {
        { "exe", "contract.pdf", "executable program (Windows PE)" },
        { "elf", "report.docx", "executable program (ELF)" },
        { "macho", "scan.png", "executable program (Mach-O)" },
        { "script", "run.pdf", "executable program (script)" },
        { "html", "page.pdf", "not a PDF, DOCX, XLSX, PNG or JPEG" },
        { "zip", "archive.docx", "ZIP archive, not a Word or Excel document" },
        { "macros", "contract.docx", "carries macros (word/vbaProject.bin)" },
        { "program-inside", "contract.docx", "executable program (ELF) in word/media/image1.png" },
        { "ole", "contract.docx", "OLE object (word/embeddings/oleObject1.bin)" },
        { "pdf-js", "contract.pdf", "the PDF carries /JavaScript" },
        { "pdf-js-escaped", "contract.pdf", "the PDF carries /JavaScript" },
        { "docx", "contract.pdf", "does not match the content, which is Word (DOCX); name it .docx" },
        { "empty", "contract.pdf", "the file is empty" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Document_IsRecognisedFromItsContent(string sample, string name, string mediaType)
    {
        var result = AttachmentSniffer.Check(Bytes(sample), name);
        Assert.True(result.IsSuccess, string.Join("; ", result.Diagnostics));
        Assert.Equal(mediaType, result.Value.MediaType);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void ProgramOrMismatch_IsRefused_NamingTheFile(string sample, string name, string expected)
    {
        var result = AttachmentSniffer.Check(Bytes(sample), name);
        Assert.False(result.IsSuccess);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("file", problem.Subject);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_ReadInChinese_UnderTheFormsLabel()
    {
        var problem = Assert.Single(AttachmentSniffer.Check(AttachmentSamples.DocxWithMacros(), "c.docx").Diagnostics);
        Assert.Equal("附件文件：该 Office 文档含有宏（word/vbaProject.bin），请另存为不含宏的 .docx 或 .xlsx。", Localization.FormMessages.Describe(problem, english: false));
    }

    internal static byte[] Bytes(string sample) => sample switch
    {
        "pdf" => AttachmentSamples.Pdf,
        "docx" => AttachmentSamples.Docx(),
        "xlsx" => AttachmentSamples.Xlsx(),
        "png" => AttachmentSamples.Png,
        "jpeg" => AttachmentSamples.Jpeg,
        "exe" => AttachmentSamples.WindowsExecutable,
        "elf" => AttachmentSamples.Elf,
        "macho" => AttachmentSamples.MachO,
        "script" => AttachmentSamples.ShellScript,
        "html" => AttachmentSamples.Html,
        "zip" => AttachmentSamples.PlainZip(),
        "macros" => AttachmentSamples.DocxWithMacros(),
        "program-inside" => AttachmentSamples.DocxWithProgram(),
        "ole" => AttachmentSamples.DocxWithOleObject(),
        "pdf-js" => AttachmentSamples.PdfWithJavaScript,
        "pdf-js-escaped" => AttachmentSamples.PdfWithEscapedJavaScript,
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, "no such sample"),
    };
}
