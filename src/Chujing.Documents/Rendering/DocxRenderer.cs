using Chujing.Documents.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Chujing.Documents.Rendering;

/// <summary>
/// Renders a <see cref="FilingMaterial"/> as a Word document (DOCX, Open XML SDK) on A4: real styles
/// (<see cref="DocxStyles"/>), numbered section headings, tables, a header with the filing id and the list edition on
/// every page, and page numbers in the footer. Deterministic: the same material gives the same bytes apart from the
/// package's zip timestamps. Thread-safe (no shared state).
/// </summary>
public static class DocxRenderer
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A4 in twentieths of a point, with 25 mm margins left and right.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1418;
    private const int TextWidth = PageWidth - (2 * Margin);

    public static byte[] Render(FilingMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = material.Title;
            package.PackageProperties.Subject = material.TitleEn;
            package.PackageProperties.Creator = "Chujing";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = DocxStyles.CreateNumbering();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.SourceNote }),
                TextRun($"{material.Title} · 备案编号 Filing {material.FilingId} · 清单版本 List edition {material.ListEdition}")));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(PageNumbers());

            var body = new Body();
            body.Append(Styled(DocxStyles.Title, material.Title));
            body.Append(Styled(DocxStyles.Subtitle, material.TitleEn));
            body.Append(Styled(DocxStyles.SourceNote, $"备案编号 Filing id：{material.FilingId}　清单版本 List edition：{material.ListEdition}"));
            foreach (var section in material.Sections)
            {
                body.Append(Styled(DocxStyles.Heading1, $"{section.Heading}　{section.HeadingEn}"));
                body.Append(Styled(DocxStyles.SourceNote, "依据 Source：" + section.Source));
                foreach (var block in section.Blocks)
                {
                    foreach (var element in Block(block))
                    {
                        body.Append(element);
                    }
                }
            }

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = 1440, Right = Margin, Bottom = 1440, Left = Margin, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Block(DocumentBlock block)
    {
        switch (block)
        {
            case TextBlock text:
                yield return Styled(null, text.Text);
                if (text.TextEn is { Length: > 0 } en)
                {
                    yield return Styled(DocxStyles.EnglishNote, en);
                }

                break;
            case SubheadingBlock sub:
                yield return Styled(DocxStyles.Heading2, sub.TextEn.Length > 0 ? $"{sub.Text}　{sub.TextEn}" : sub.Text);
                break;
            case ToCompleteBlock gap:
                yield return new Paragraph(GapRun("【待补充 To complete】"), TextRun(" " + gap.Text), Break(), EnglishRun(gap.TextEn));
                break;
            case FactTableBlock facts:
                yield return Table([TextWidth * 2 / 5, TextWidth * 3 / 5], null,
                    facts.Rows.Select(r => (IReadOnlyList<OpenXmlElement[]>)[[TextRun(r.Label), Break(), EnglishRun(r.LabelEn)], r.IsGap ? [GapRun("【待补充 To complete】")] : [TextRun(r.Value)]]));
                yield return new Paragraph();
                break;
            case GridBlock grid:
                var width = TextWidth / grid.Headers.Count;
                yield return Table([.. grid.Headers.Select(_ => width)], grid.Headers,
                    grid.Rows.Select(r => (IReadOnlyList<OpenXmlElement[]>)[.. r.Select(c => new OpenXmlElement[] { TextRun(c) })]));
                yield return new Paragraph();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no DOCX rendering for this block");
        }
    }

    private static Table Table(IReadOnlyList<int> widths, IReadOnlyList<string>? headers, IEnumerable<IReadOnlyList<OpenXmlElement[]>> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([.. widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        if (headers is not null)
        {
            var row = new TableRow(new TableRowProperties(new TableHeader()));
            for (var i = 0; i < headers.Count; i++)
            {
                row.Append(Cell(widths[i], [new Run(new RunProperties(new Bold()), new Text(headers[i]) { Space = SpaceProcessingModeValues.Preserve })], "F2F2F2"));
            }

            table.Append(row);
        }

        foreach (var cells in rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < cells.Count; i++)
            {
                row.Append(Cell(widths[i], cells[i], headers is null && i == 0 ? "F2F2F2" : null));
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(int width, OpenXmlElement[] runs, string? shade)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shade is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        }

        return new TableCell(properties, new Paragraph(runs));
    }

    private static Paragraph PageNumbers() => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        TextRun("第 "), Field("PAGE"), TextRun(" 页 / 共 "), Field("NUMPAGES"), TextRun(" 页  Page "), Field("PAGE"), TextRun(" of "), Field("NUMPAGES"));

    private static SimpleField Field(string code) => new(new Run(new Text("1"))) { Instruction = $" {code} " };

    private static Paragraph Styled(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(TextRun(text));
        return paragraph;
    }

    private static Run TextRun(string text) => new(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    private static Run EnglishRun(string text) => new(new RunProperties(new Italic(), new Color { Val = "404040" }, new FontSize { Val = "18" }), new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    private static Run GapRun(string text) => new(new RunProperties(new RunStyle { Val = DocxStyles.ToComplete }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Break() => new(new Break());

    // XML 1.0 has no place for most control characters; a filing's free text could carry one.
    private static string Clean(string text) => string.Concat(text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)));
}
