using Chujing.Web.Demo;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Chujing.Web.Tests;

public sealed partial class BrowserJourneyTests
{
    [Fact]
    public async Task FilingPage_ApprovedFiling_DownloadsItsWordAndPdfDocuments()
    {
        await using var context = await _browser!.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.EnterpriseA);
        var id = (string)(await Documents.DocumentApiTests.ApprovedAsync(await platform.As(DemoAccounts.EnterpriseA)))["id"]!;
        await page.GotoAsync(new Uri(platform.BaseAddress, $"Filings/Details/{id}").ToString());
        await Assertions.Expect(page.Locator("[data-testid=documents]")).ToContainTextAsync("备案材料");
        await page.ScreenshotAsync(new() { Path = Shot("documents-filing-page.png"), FullPage = true });

        var folder = Directory.CreateTempSubdirectory("chujing-downloads-");
        try
        {
            var word = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=document-filing-form-docx]"));
            Assert.Equal($"{id}-filing-form.docx", word.SuggestedFilename);
            var docxPath = Path.Combine(folder.FullName, word.SuggestedFilename);
            await word.SaveAsAsync(docxPath);
            using (var docx = WordprocessingDocument.Open(docxPath, false))
            {
                Assert.Contains("北京大兴示例医药有限公司", docx.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
            }

            var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=document-filing-form-pdf]"));
            var pdfPath = Path.Combine(folder.FullName, pdf.SuggestedFilename);
            await pdf.SaveAsAsync(pdfPath);
            Assert.Equal($"{id}-filing-form.pdf", pdf.SuggestedFilename);
            Assert.StartsWith("%PDF-", (await File.ReadAllTextAsync(pdfPath))[..5], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
