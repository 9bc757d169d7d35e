using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Chujing.Documents.Rendering;

/// <summary>
/// The Word styles and the numbering every document uses, so that a user restyles the whole document in Word by
/// editing a style: Normal, Title, Subtitle, Heading 1 and 2 (numbered 一、 and （一）), Table Grid, ToComplete (the
/// gaps, bold on yellow), SourceNote and EnglishNote.
/// </summary>
internal static class DocxStyles
{
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TableGrid = "TableGrid";
    public const string ToComplete = "ToComplete";
    public const string SourceNote = "SourceNote";
    public const string EnglishNote = "EnglishNote";
    public const int HeadingNumbering = 1;

    // SimSun is the body face of Chinese official documents and is on every Chinese Windows; other systems substitute
    // their own CJK face (LibreOffice on Debian: Noto CJK).
    private const string EastAsian = "SimSun";
    private const string Latin = "Times New Roman";
    private const string HeadingEastAsian = "SimHei";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = EastAsian, ComplexScript = Latin },
                new FontSize { Val = "22" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, null, isDefault: true),
        Paragraph(Title, "Title", new StyleRunProperties(new RunFonts { EastAsia = HeadingEastAsian }, new Bold(), new FontSize { Val = "36" }),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Center })),
        Paragraph(Subtitle, "Subtitle", new StyleRunProperties(new Color { Val = "404040" }, new FontSize { Val = "22" }),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center })),
        Heading(Heading1, "heading 1", 0, "30"),
        Heading(Heading2, "heading 2", 1, "24"),
        Paragraph(SourceNote, "Source Note", new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "18" }), null),
        Paragraph(EnglishNote, "English Note", new StyleRunProperties(new Italic(), new Color { Val = "404040" }, new FontSize { Val = "18" }), null),
        new Style(
            new StyleName { Val = "To Complete" },
            new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF200" }))
        { Type = StyleValues.Character, StyleId = ToComplete, CustomStyle = true },
        new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })))
        { Type = StyleValues.Table, StyleId = TableGrid });

    /// <summary>One multi-level list: level 0 一、二、…, level 1 （一）（二）…, attached to Heading 1 and Heading 2.</summary>
    public static Numbering CreateNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            Level(0, "%1、", Heading1),
            Level(1, "（%2）", Heading2))
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = HeadingNumbering });

    private static Level Level(int level, string text, string style) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
        new ParagraphStyleIdInLevel { Val = style },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left })
    { LevelIndex = level };

    private static Style Heading(string id, string name, int level, string size) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(),
            new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = HeadingNumbering }),
            new SpacingBetweenLines { Before = level == 0 ? "240" : "160", After = "80" },
            new OutlineLevel { Val = level }),
        new StyleRunProperties(new RunFonts { EastAsia = HeadingEastAsian }, new Bold(), new FontSize { Val = size }))
    { Type = StyleValues.Paragraph, StyleId = id };

    private static Style Paragraph(string id, string name, StyleRunProperties? run, StyleParagraphProperties? paragraph, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
