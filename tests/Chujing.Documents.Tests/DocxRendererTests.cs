using Chujing.Documents.Model;
using Chujing.Documents.Rendering;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Chujing.Documents.Tests;

public sealed class DocxRendererTests
{
    public static TheoryData<string> Names => [FilingMaterials.FilingForm, FilingMaterials.ContractAnnex, FilingMaterials.PipiaReport];

    public static TheoryData<string> AssessmentNames => [FilingMaterials.AssessmentDeclaration, FilingMaterials.SelfAssessmentReport];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_ContractDocuments_AreValidWordWithTheFilingsFacts(string name) => CheckDocument(SampleFilings.Contract(), name);

    [Theory]
    [MemberData(nameof(AssessmentNames))]
    public void Render_AssessmentDocuments_AreValidWordWithTheFilingsFacts(string name) => CheckDocument(SampleFilings.Assessment(), name);

    [Fact]
    public void Render_FilingForm_HasNumberedHeadingsHeaderWithIdAndEditionAndPageNumbers()
    {
        var material = FilingMaterials.Find(SampleFilings.Contract(), SampleFilings.Beijing, FilingMaterials.FilingForm)!;
        using var docx = Open(DocxRenderer.Render(material));
        var main = docx.MainDocumentPart!;
        var headings = main.Document.Body!.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(material.Sections.Select(s => $"{s.Heading}　{s.HeadingEn}"), headings);

        var heading1 = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        var numbering = heading1.StyleParagraphProperties!.NumberingProperties!;
        Assert.Equal(0, numbering.NumberingLevelReference!.Val!.Value);
        var level = main.NumberingDefinitionsPart!.Numbering!.Elements<AbstractNum>().Single().Elements<Level>().First();
        Assert.Equal(NumberFormatValues.ChineseCounting, level.NumberingFormat!.Val!.Value);

        var header = Assert.Single(main.HeaderParts).Header!.InnerText;
        Assert.Contains("F-2026-0001", header, StringComparison.Ordinal);
        Assert.Contains("beijing-ftz/2024", header, StringComparison.Ordinal);
        var fields = Assert.Single(main.FooterParts).Footer!.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        Assert.Contains("PAGE", fields);
        Assert.Contains("NUMPAGES", fields);
        Assert.NotEmpty(main.Document.Body!.Descendants<Table>());
    }

    [Fact]
    public void Render_Gaps_AreInTheHighlightedToCompleteStyle()
    {
        var material = FilingMaterials.Find(SampleFilings.Contract(), SampleFilings.Beijing, FilingMaterials.ContractAnnex)!;
        using var docx = Open(DocxRenderer.Render(material));
        var main = docx.MainDocumentPart!;
        var style = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "ToComplete");
        Assert.Equal("FFF200", style.StyleRunProperties!.GetFirstChild<Shading>()!.Fill!.Value);
        var gapRuns = main.Document.Body!.Descendants<Run>().Count(r => r.RunProperties?.RunStyle?.Val == "ToComplete");
        var gapRows = material.Sections.SelectMany(s => s.Blocks).OfType<FactTableBlock>().SelectMany(t => t.Rows).Count(r => r.IsGap);
        Assert.Equal(material.Gaps.Count() + gapRows, gapRuns);
    }

    private static void CheckDocument(FilingFacts filing, string name)
    {
        var material = FilingMaterials.Find(filing, SampleFilings.Beijing, name)!;
        using var docx = Open(DocxRenderer.Render(material));
        var errors = new OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var text = string.Join("\n", docx.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        foreach (var section in material.Sections)
        {
            Assert.Contains(section.Heading, text, StringComparison.Ordinal);
        }

        foreach (var fact in (string[])["北京大兴示例医药有限公司", SampleFilings.Uscc, "Novum Pharma AG", "Novum Research Inc.", "CH", "US", "9,000", "1,200"])
        {
            Assert.Contains(fact, text, StringComparison.Ordinal);
        }

        if (name is FilingMaterials.FilingForm or FilingMaterials.AssessmentDeclaration or FilingMaterials.SelfAssessmentReport)
        {
            Assert.Contains(filing.Pathway == Domain.Catalog.Pathway.SecurityAssessment ? "数据出境安全评估 Security assessment" : "标准合同备案或个人信息保护认证", text, StringComparison.Ordinal);
            Assert.All(filing.Basis, b => Assert.Contains(b.Citation, text, StringComparison.Ordinal));
        }

        Assert.Contains("【待补充 To complete】", text, StringComparison.Ordinal);
        Assert.Contains("不是完整的", text, StringComparison.Ordinal);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
