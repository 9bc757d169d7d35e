using MiniExcelLibs;

namespace Chujing.Web.Filings;

/// <summary>The filing form as an XLSX workbook: sheet 备案表 (the form) and sheet 法律依据 (the assessment's basis).</summary>
public static class FilingWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Create(FilingView filing)
    {
        var form = FilingForm.Rows(filing)
            .Select(r => new Dictionary<string, object> { ["项目"] = r.Label, ["Item"] = r.LabelEn, ["内容 Value"] = r.Value })
            .ToList();
        var basis = FilingForm.Basis(filing)
            .Select(b => new Dictionary<string, object> { ["规则 Rule"] = b.Rule, ["标题 Title"] = b.Title, ["依据 Citation"] = b.Citation, ["说明 Explanation"] = b.Explanation })
            .ToList();
        if (basis.Count == 0)
        {
            basis.Add(new Dictionary<string, object> { ["规则 Rule"] = "—", ["标题 Title"] = "—", ["依据 Citation"] = "—", ["说明 Explanation"] = "no assessment attached" });
        }

        var sheets = new Dictionary<string, object> { ["备案表"] = form, ["法律依据"] = basis };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
