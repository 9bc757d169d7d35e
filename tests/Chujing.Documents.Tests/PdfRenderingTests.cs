using Chujing.Documents.Rendering;
using Chujing.Domain.Diagnostics;

namespace Chujing.Documents.Tests;

/// <summary>The PDF as Chromium prints it, read back with poppler: pages, Chinese text, embedded CJK fonts; and LibreOffice opening the DOCX.</summary>
public sealed class PdfRenderingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chujing-docs-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Print_ContractAnnex_IsAPdfWithChineseTextInAnEmbeddedCjkFont()
    {
        var material = FilingMaterials.Find(SampleFilings.Contract(), SampleFilings.Beijing, FilingMaterials.ContractAnnex)!;
        var pdf = Path.Combine(_folder.FullName, "annex.pdf");
        await File.WriteAllBytesAsync(pdf, await new ChromiumPdfPrinter().PrintAsync(HtmlRenderer.Render(material), CancellationToken.None));

        var (text, pages, fonts) = Tools.ReadPdf(pdf);
        Assert.InRange(pages, 1, 20);
        Assert.Equal(pages, Tools.Pngs(pdf, _folder.FullName).Count);
        // Text that came through as glyphs of a CJK face, not as tofu: pdftotext reads it back from the font's map,
        // and the only fonts embedded are Noto CJK ones (a missing face would show as a fallback or no font at all).
        foreach (var fact in (string[])["个人信息出境说明", "北京大兴示例医药有限公司", SampleFilings.Uscc, "Novum Pharma AG", "影像、血液检测、病理", "9,000", "待补充"])
        {
            Assert.Contains(fact, text, StringComparison.Ordinal);
        }

        Assert.Contains(" yes ", fonts, StringComparison.Ordinal);
        Assert.NotEqual(await File.ReadAllBytesAsync(Tools.Pngs(pdf, _folder.FullName)[0]), await TofuPageAsync(HtmlRenderer.Render(material)));
        Assert.Contains($"第 1 页 / 共 {pages} 页", text, StringComparison.Ordinal);
        Assert.Contains("F-2026-0001", text.Split('\f')[0], StringComparison.Ordinal);
    }

    /// <summary>
    /// Page 1 of the same HTML printed by Chromium with no font at all (an empty fontconfig): what the document would
    /// look like without fonts-noto-cjk. A page whose Chinese rendered must differ from it.
    /// </summary>
    private async Task<byte[]> TofuPageAsync(string html)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "tofu"));
        var config = Path.Combine(folder.FullName, "fonts.conf");
        await File.WriteAllTextAsync(config, $"<?xml version=\"1.0\"?><fontconfig><dir>{folder.FullName}/none</dir><cachedir>{folder.FullName}/cache</cachedir></fontconfig>");
        var page = Path.Combine(folder.FullName, "page.html");
        await File.WriteAllTextAsync(page, html);
        var pdf = Path.Combine(folder.FullName, "tofu.pdf");
        var printed = Tools.Run("chromium", new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config },
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-pdf-header-footer",
            "--user-data-dir=" + Path.Combine(folder.FullName, "profile"), "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri);
        Assert.True(printed.Exit == 0 && File.Exists(pdf), printed.Error);
        return await File.ReadAllBytesAsync(Tools.Pngs(pdf, folder.FullName)[0]);
    }

    [Fact]
    public async Task Print_WithoutChromium_FailsAsAnEnvironmentProblemNamingWhatToInstall()
    {
        var printer = new ChromiumPdfPrinter(Path.Combine(_folder.FullName, "no-chromium"));
        Assert.Null(printer.Executable);
        var failure = await Assert.ThrowsAsync<EnvironmentFailureException>(() => printer.PrintAsync("<p>x</p>", CancellationToken.None));
        Assert.Contains("'chromium'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("DOCX does not need it", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.IsTransient);
    }

    [Fact]
    public void LibreOffice_ConvertsEveryAssessmentDocxToPdf_WithTheFactsInPlace()
    {
        foreach (var material in FilingMaterials.For(SampleFilings.Assessment(), SampleFilings.Beijing))
        {
            var docx = Path.Combine(_folder.FullName, material.Name + ".docx");
            File.WriteAllBytes(docx, DocxRenderer.Render(material));
        }

        var profile = new Uri(Path.Combine(_folder.FullName, "lo-profile")).AbsoluteUri;
        var docxFiles = Directory.GetFiles(_folder.FullName, "*.docx");
        var converted = Tools.Run("soffice", ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", _folder.FullName, .. docxFiles]);
        Assert.True(converted.Exit == 0, converted.Error + converted.Out);
        foreach (var docx in docxFiles)
        {
            var (text, pages, _) = Tools.ReadPdf(Path.ChangeExtension(docx, ".pdf"));
            Assert.True(pages >= 1);
            Assert.Contains("北京大兴示例医药有限公司", text, StringComparison.Ordinal);
            Assert.Contains(SampleFilings.Uscc, text, StringComparison.Ordinal);
        }
    }
}
