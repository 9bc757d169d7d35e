using System.Globalization;
using System.Net;
using System.Text;
using Chujing.Domain.Catalog;
using Chujing.Domain.Classification;

namespace Chujing.Cli.Scan;

/// <summary>
/// A self-contained HTML report (inline CSS, no scripts, no external assets) in Chinese with English beside it,
/// readable by a compliance officer and fit to attach to a filing.
/// </summary>
internal static class ScanHtmlReport
{
    public static string Render(ScanReport report, TimeProvider time)
    {
        var html = new StringBuilder();
        var generated = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        html.Append("""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>个人信息扫描报告 Personal information scan report</title>
            <style>
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem auto;max-width:72rem;color:#1f2933;padding:0 1rem}
            h1{font-size:1.5rem;margin-bottom:.2rem}h1 small{display:block;font-size:.95rem;color:#52606d;font-weight:normal}
            table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #cbd2d9;padding:.4rem .6rem;text-align:left;vertical-align:top}
            th{background:#f0f4f8}td.n{text-align:right;font-variant-numeric:tabular-nums}.s{color:#b42318;font-weight:bold}.muted{color:#7b8794}
            dl{display:grid;grid-template-columns:max-content auto;gap:.3rem 1rem}dt{font-weight:bold}.en{color:#52606d;font-size:.9em}
            </style></head><body>
            <h1>个人信息扫描报告<small>Personal information scan report</small></h1>
            """);
        html.Append("<dl>");
        Item(html, "数据来源", "Source", report.Source + " (" + report.Format + ")");
        Item(html, "行数", "Rows", report.Rows.ToString("N0", CultureInfo.InvariantCulture));
        Item(html, "去重个人数", "Distinct persons", report.Persons.Distinct.ToString("N0", CultureInfo.InvariantCulture)
            + (report.Persons.Identifiers.Count > 0 ? "（按 by " + string.Join(" > ", report.Persons.Identifiers) + "）" : string.Empty));
        Item(html, "含敏感个人信息的列", "Columns with sensitive personal information", report.Columns.Count(c => c.Sensitive).ToString(CultureInfo.InvariantCulture));
        Item(html, "列判定阈值", "Column threshold", report.Threshold.ToString("P0", CultureInfo.InvariantCulture));
        Item(html, "敏感性依据", "Sensitivity basis", report.Sensitivity);
        Item(html, "生成时间", "Generated", generated);
        html.Append("</dl>");
        html.Append("<table><thead><tr><th>列<br><span class=en>Column</span></th><th>识别类型<br><span class=en>Detected type</span></th>")
            .Append("<th>匹配数<br><span class=en>Matches</span></th><th>比例<br><span class=en>Ratio</span></th><th>非空值<br><span class=en>Values</span></th>")
            .Append("<th>敏感<br><span class=en>Sensitive</span></th><th>规则<br><span class=en>Rule</span></th><th>清单字段<br><span class=en>List fields</span></th></tr></thead><tbody>");
        foreach (var column in report.Columns)
        {
            var top = column.Types.Count > 0 ? column.Types[0] : null;
            html.Append("<tr><td>").Append(E(column.Name)).Append("</td><td>")
                .Append(top is null ? "<span class=muted>—</span>" : E(string.Join(", ", column.Types.Select(t => t.Type)))).Append("</td><td class=n>")
                .Append(top is null ? string.Empty : top.Matches.ToString("N0", CultureInfo.InvariantCulture) + (top.Suspect > 0 ? " (+" + top.Suspect.ToString("N0", CultureInfo.InvariantCulture) + " 存疑 suspect)" : string.Empty))
                .Append("</td><td class=n>").Append(top is null ? string.Empty : top.Ratio.ToString("P1", CultureInfo.InvariantCulture))
                .Append("</td><td class=n>").Append(column.Values.ToString("N0", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(column.Sensitive ? "<span class=s>是 yes</span>" : top is null ? string.Empty : "否 no")
                .Append("</td><td>").Append(top is null ? string.Empty : E(top.Rule))
                .Append("</td><td>").Append(E(string.Join(", ", column.Fields))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (report.List is { } list)
        {
            html.Append("<h2>清单字段与评估 <span class=en>List fields and assessment</span> — ").Append(E(list.Edition + (list.Scenario is null ? string.Empty : " / " + list.Scenario))).Append("</h2>");
            html.Append("<table><thead><tr><th>字段<br><span class=en>Field</span></th><th>条目<br><span class=en>Item</span></th><th>列<br><span class=en>Columns</span></th><th>依据<br><span class=en>Evidence</span></th></tr></thead><tbody>");
            foreach (var field in list.Fields)
            {
                html.Append("<tr><td>").Append(E(field.Name + " (" + field.Id + ")")).Append("</td><td>").Append(E(field.Item)).Append("</td><td>")
                    .Append(E(string.Join(", ", field.Columns))).Append("</td><td>").Append(E(field.Evidence)).Append("</td></tr>");
            }

            if (list.Fields.Count == 0)
            {
                html.Append("<tr><td colspan=4 class=muted>— 未发现清单字段 <span class=en>no list field found</span></td></tr>");
            }

            html.Append("</tbody></table>");
            if (list.Assessment is { } assessment)
            {
                html.Append("<p><b>评估结论 <span class=en>Pathway</span>: ").Append(E(Labels.Of(assessment.Pathway))).Append("</b></p><ul>");
                foreach (var basis in assessment.Basis)
                {
                    html.Append("<li>").Append(E(basis.Citation)).Append(" — ").Append(E(basis.Explanation)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("<p class=muted>").Append(E(string.Join("；", list.Assumptions))).Append("</p>");
        }

        if (report.Warnings.Count > 0)
        {
            html.Append("<h2>警告 <span class=en>Warnings</span></h2><ul>");
            foreach (var warning in report.Warnings)
            {
                html.Append("<li>").Append(E(warning)).Append("</li>");
            }

            html.Append("</ul>");
        }

        var keyFunction = E(report.Persons.KeyFunction);
        html.Append("<p class=muted>个人识别号只以每次运行随机密钥的 ").Append(keyFunction).Append(" 键值计数，未保存任何原始号码。")
            .Append(" Identifiers were counted as ").Append(keyFunction).Append(" keys under a random per-run key; no raw identifier was kept.</p></body></html>\n");
        return html.ToString();
    }

    private static void Item(StringBuilder html, string zh, string en, string value) =>
        html.Append("<dt>").Append(zh).Append(" <span class=en>").Append(en).Append("</span></dt><dd>").Append(E(value)).Append("</dd>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
