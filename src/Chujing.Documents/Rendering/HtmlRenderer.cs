using System.Globalization;
using System.Text;
using Chujing.Documents.Model;
using static System.Net.WebUtility;

namespace Chujing.Documents.Rendering;

/// <summary>
/// Renders a <see cref="FilingMaterial"/> as one self-contained HTML page with a print stylesheet (A4, a running
/// header with the filing id and list edition, page numbers in the footer via CSS page-margin boxes) for
/// <see cref="ChromiumPdfPrinter"/>. Fonts are the Noto CJK faces (Debian's fonts-noto-cjk), so Chinese renders.
/// </summary>
public static class HtmlRenderer
{
    private const string Css = """
        @page { size: A4; margin: 22mm 20mm 20mm 20mm;
          @top-center { content: "{HEADER}"; font: 8.5pt "Noto Sans CJK SC", sans-serif; color: #444; }
          @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页  Page " counter(page) " of " counter(pages); font: 9pt "Noto Sans CJK SC", sans-serif; color: #444; } }
        body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "SimSun", serif; font-size: 10.5pt; line-height: 1.5; color: #000; counter-reset: h1; }
        h1.title { text-align: center; font-size: 18pt; margin: 0 0 2mm; font-family: "Noto Sans CJK SC", sans-serif; }
        p.subtitle { text-align: center; color: #404040; margin: 0 0 6mm; }
        h2 { font-size: 14pt; font-family: "Noto Sans CJK SC", sans-serif; margin: 6mm 0 1mm; break-after: avoid; counter-increment: h1; counter-reset: h2; }
        h2::before { content: counter(h1, cjk-ideographic) "、"; }
        h3 { font-size: 11.5pt; font-family: "Noto Sans CJK SC", sans-serif; margin: 3mm 0 1mm; break-after: avoid; counter-increment: h2; }
        h3::before { content: "（" counter(h2, cjk-ideographic) "）"; }
        .source, .meta { font-size: 8.5pt; color: #555; margin: 0 0 2mm; }
        .en { font-size: 8.5pt; color: #404040; font-style: italic; }
        .gap { background: #fff200; font-weight: bold; }
        table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; font-size: 9.5pt; }
        th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
        th, td.label { background: #f2f2f2; }
        td.label { width: 38%; }
        tr { break-inside: avoid; }
        thead { display: table-header-group; }
        """;

    public static string Render(FilingMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        var header = $"{material.Title} · 备案编号 {material.FilingId} · 清单版本 {material.ListEdition}";
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(HtmlEncode(material.Title)).Append("</title><style>")
            .Append(Css.Replace("{HEADER}", CssString(header), StringComparison.Ordinal))
            .Append("</style></head><body>");
        html.Append("<h1 class=\"title\">").Append(HtmlEncode(material.Title)).Append("</h1>");
        html.Append("<p class=\"subtitle\">").Append(HtmlEncode(material.TitleEn)).Append("</p>");
        html.Append("<p class=\"meta\">备案编号 Filing id：").Append(HtmlEncode(material.FilingId)).Append("　清单版本 List edition：").Append(HtmlEncode(material.ListEdition)).Append("</p>");
        foreach (var section in material.Sections)
        {
            html.Append("<h2>").Append(HtmlEncode(section.Heading)).Append(" <span class=\"en\">").Append(HtmlEncode(section.HeadingEn)).Append("</span></h2>");
            html.Append("<p class=\"source\">依据 Source：").Append(HtmlEncode(section.Source)).Append("</p>");
            foreach (var block in section.Blocks)
            {
                Block(html, block);
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Block(StringBuilder html, DocumentBlock block)
    {
        switch (block)
        {
            case TextBlock text:
                html.Append("<p>").Append(HtmlEncode(text.Text));
                if (text.TextEn is { Length: > 0 } en)
                {
                    html.Append("<br><span class=\"en\">").Append(HtmlEncode(en)).Append("</span>");
                }

                html.Append("</p>");
                break;
            case SubheadingBlock sub:
                html.Append("<h3>").Append(HtmlEncode(sub.Text)).Append(" <span class=\"en\">").Append(HtmlEncode(sub.TextEn)).Append("</span></h3>");
                break;
            case ToCompleteBlock gap:
                html.Append("<p><span class=\"gap\">【待补充 To complete】</span> ").Append(HtmlEncode(gap.Text))
                    .Append("<br><span class=\"en\">").Append(HtmlEncode(gap.TextEn)).Append("</span></p>");
                break;
            case FactTableBlock facts:
                html.Append("<table>");
                foreach (var row in facts.Rows)
                {
                    html.Append("<tr><td class=\"label\">").Append(HtmlEncode(row.Label)).Append("<br><span class=\"en\">").Append(HtmlEncode(row.LabelEn)).Append("</span></td><td>")
                        .Append(row.IsGap ? "<span class=\"gap\">【待补充 To complete】</span>" : HtmlEncode(row.Value)).Append("</td></tr>");
                }

                html.Append("</table>");
                break;
            case GridBlock grid:
                html.Append("<table><thead><tr>");
                foreach (var h in grid.Headers)
                {
                    html.Append("<th>").Append(HtmlEncode(h)).Append("</th>");
                }

                html.Append("</tr></thead><tbody>");
                foreach (var row in grid.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td>").Append(HtmlEncode(cell)).Append("</td>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no HTML rendering for this block");
        }
    }

    // A CSS string literal: backslash and double quote escaped, line breaks as code points.
    private static string CssString(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\\' => "\\\\",
            '"' => "\\\"",
            < ' ' => "\\" + ((int)c).ToString("x", CultureInfo.InvariantCulture) + " ",
            '<' => "\\3c ",
            _ => c.ToString(),
        }));
}
