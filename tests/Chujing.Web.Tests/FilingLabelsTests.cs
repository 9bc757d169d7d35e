using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Chujing.Web.Demo;
using MiniExcelLibs;

namespace Chujing.Web.Tests;

/// <summary>Details, the print form and the Excel form show labels where a person reads, never raw codes.</summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class FilingLabelsTests(SqlitePlatformFixture platform)
{
    private static readonly string[] RawCodes = ["draft", "daxing", "bj-pharma-clinical-trial", "standard-contract-or-certification", "security-assessment", "否 no", "beijing-ftz/2024", "medical-imaging", "(CH)"];

    [Fact]
    public async Task Details_DemoFiling_ShowsLabelsNotCodes()
    {
        var (client, id) = await ClinicalTrialAsync();
        var html = await client.GetStringAsync($"Filings/Details/{id}");
        var table = Section(html, "<table>", "</table>");
        foreach (var code in RawCodes)
        {
            Assert.DoesNotContain(code, table, StringComparison.Ordinal);
        }

        Assert.Contains("大兴", table, StringComparison.Ordinal);
        Assert.Contains("临床试验", table, StringComparison.Ordinal);
        Assert.Contains("瑞士", table, StringComparison.Ordinal);
        Assert.Contains("9,000", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_EnglishSwitch_EnglishLabels()
    {
        var (client, id) = await ClinicalTrialAsync();
        var html = await client.GetStringAsync($"Filings/Details/{id}?culture=en");
        var table = Section(html, "<table>", "</table>");
        Assert.Contains("Daxing", table, StringComparison.Ordinal);
        Assert.Contains("Switzerland", table, StringComparison.Ordinal);
        Assert.DoesNotContain("daxing<", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_DemoFiling_ShowsLabelsNotCodes()
    {
        var (client, id) = await ClinicalTrialAsync();
        var html = await client.GetStringAsync($"Filings/Print/{id}");
        var form = Section(html, "<table>", "</table>");
        foreach (var code in RawCodes)
        {
            Assert.DoesNotContain(code, form, StringComparison.Ordinal);
        }

        Assert.Contains("已通过", form, StringComparison.Ordinal);
        Assert.Contains("影像、血液检测、病理", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormXlsx_LabelsCountsAsNumbersAndColumnWidths()
    {
        var (client, id) = await ClinicalTrialAsync();
        var bytes = await client.GetByteArrayAsync($"api/filings/{id}/form.xlsx");
        await using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, sheetName: "备案表").Cast<IDictionary<string, object>>().ToList();
        var values = rows.Select(r => r["内容 Value"]?.ToString() ?? string.Empty).ToList();
        foreach (var code in RawCodes)
        {
            Assert.DoesNotContain(values, v => v.Contains(code, StringComparison.Ordinal));
        }

        var sensitive = rows.Single(r => Equals(r["项目"], "敏感个人信息人数（年）"))["内容 Value"];
        Assert.Equal(9000d, Convert.ToDouble(sensitive, System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsNotType<string>(sensitive);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var cols = sheet.Descendants().Where(e => e.Name.LocalName == "col").ToList();
        Assert.NotEmpty(cols);
        Assert.All(cols, c => Assert.True(double.Parse(c.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) >= 20));
    }

    [Fact]
    public async Task CityDashboard_ZoneChartListsAllSevenGroupsCountriesByName()
    {
        var city = await platform.As(DemoAccounts.City);
        var html = await city.GetStringAsync("/");
        foreach (var group in (string[])["朝阳", "海淀", "昌平", "通州", "顺义", "大兴", "亦庄"])
        {
            Assert.Contains(">" + group + "<", html, StringComparison.Ordinal);
        }

        Assert.Contains(">瑞士<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">CH<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("短标签")]
    [InlineData("医药领域-临床试验和药物研发数据出境场景的一个特别长的名称")]
    public void BarChart_Fit_LabelFitsTheLabelColumn(string label)
    {
        var fitted = Chujing.Web.Pages.Shared.BarChart.Fit(label, 208);
        Assert.True(Chujing.Web.Pages.Shared.BarChart.Width(fitted) <= 208);
        Assert.StartsWith(fitted.TrimEnd('…'), label, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Id)> ClinicalTrialAsync()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var filings = JsonNode.Parse(await client.GetStringAsync("api/filings"))!.AsArray();
        return (client, (string)filings.First(f => (string?)f!["scenario"] == "bj-pharma-clinical-trial" && (string?)f["status"] == "approved")!["id"]!);
    }

    private static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        return html[from..(html.IndexOf(end, from, StringComparison.Ordinal) + end.Length)];
    }
}
