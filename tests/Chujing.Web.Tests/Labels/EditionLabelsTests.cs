using System.Net;
using System.Net.Http.Json;
using System.Text;
using Chujing.Web.Demo;
using Chujing.Web.Filings;

namespace Chujing.Web.Tests.Labels;

/// <summary>
/// The edition page and the list-revision impact page name items, fields, counters, pathways, confidences, editions and
/// processors in words, never by their codes (which stay in the API's JSON).
/// </summary>
public abstract class EditionLabelsTests(PlatformFixture platform)
{
    private const string GroupHealth = "bj-pharma-id-group-health";
    private const string GroupHealthName = "一定规模以上的群体诊疗、健康生理状况、医疗救援保障数据、特定药品实验数据等";

    /// <summary>Codes a person must not read on these pages.</summary>
    private static readonly string[] Codes =
    [
        "security-assessment", "standard-contract-or-certification", "exempt", "sensitive ", "personal ", GroupHealth, "medical-imaging",
        "blood-test", "Unverified", "ConfirmedTwoSources", "OneSource", "thresholdsKnown", "beijing-ftz/2024",
    ];

    [Fact]
    public async Task Show_BandsAndConfidence_ReadAsLabelsChineseFirst()
    {
        var city = await platform.As(DemoAccounts.City);
        var html = await city.GetStringAsync("Editions/Show?id=beijing-ftz/2024");

        var bands = PageText.Of(html, "bands");
        var confidence = PageText.Of(html, "confidence");
        Assert.NotEmpty(bands);
        Assert.Contains("敏感个人信息 100,000 人以上 → 数据出境安全评估", bands);
        Assert.Contains("两个以上来源确认", confidence);
        Assert.Contains("未经核实", confidence);
        foreach (var text in bands.Concat(confidence))
        {
            Assert.DoesNotContain(Codes, c => text.Contains(c, StringComparison.Ordinal));
        }

        var english = await city.GetStringAsync("Editions/Show?id=beijing-ftz/2024&culture=en");
        Assert.Contains("Sensitive personal information: 100,000 or more → Security assessment", PageText.Of(english, "bands"));
        Assert.Contains("Unverified", PageText.Of(english, "confidence"));
        Assert.DoesNotContain(PageText.Of(english, "bands"), b => b.Contains("security-assessment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Impact_TightenedBand_NamesTheItemBandPathwayEditionAndProcessor()
    {
        var filing = await ApprovedFilingAsync(9000);
        var (city, id) = await DraftAsync();
        await ApiTests.Json(await city.PatchAsync($"api/editions/drafts/{id}/items/{GroupHealth}", Body("""{"thresholds": [{"counter": "sensitive", "atLeast": 5000, "pathway": "security-assessment"}]}""")), HttpStatusCode.OK);

        var html = await city.GetStringAsync($"Editions/Impact?id={Uri.EscapeDataString(id)}");

        Assert.Contains(filing, PageText.Of(html, "impact").Single(), StringComparison.Ordinal);
        Assert.All(PageText.Of(html, "impact-processor"), p => Assert.StartsWith("北京大兴示例医药有限公司", p, StringComparison.Ordinal));
        Assert.Contains(PageText.Of(html, "impact-bands"), b => b.Contains($"{GroupHealthName}：敏感个人信息 5,000 人以上 → 数据出境安全评估", StringComparison.Ordinal));
        Assert.Equal(GroupHealthName, PageText.Of(html, "impact-changed-items").Single());
        Assert.Equal("中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）", PageText.Of(html, "impact-based-on").Single());
        Assert.EndsWith("修订版）", PageText.Of(html, "impact-edition").Single(), StringComparison.Ordinal);
        var read = PageText.Of(html, "impact").Concat(PageText.Of(html, "impact-changed-items")).Concat(PageText.Of(html, "impact-based-on")).Concat(PageText.Of(html, "impact-processors"));
        foreach (var text in read)
        {
            Assert.DoesNotContain(Codes, c => text.Contains(c, StringComparison.Ordinal));
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        }

        // The processor's name leads; its USCC stays beside it as a detail.
        var processor = PageText.Of(html, "impact-processors").Single();
        Assert.StartsWith("数据处理者", processor, StringComparison.Ordinal);
        Assert.Contains("北京大兴示例医药有限公司 91110115MA01D8XK31", processor, StringComparison.Ordinal);

        var english = await city.GetStringAsync($"Editions/Impact?id={Uri.EscapeDataString(id)}&culture=en");
        Assert.Contains(PageText.Of(english, "impact-bands"), b => b.Contains(": Sensitive personal information: 5,000 or more → Security assessment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Impact_ItemMovedOut_NamesTheFieldsNoLongerListed()
    {
        await ApprovedFilingAsync(9000);
        var (city, id) = await DraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await city.DeleteAsync($"api/editions/drafts/{id}/items/{GroupHealth}")).StatusCode);

        var html = await city.GetStringAsync($"Editions/Impact?id={Uri.EscapeDataString(id)}");

        var fields = PageText.Of(html, "impact-fields");
        Assert.Contains(fields, f => f.Contains("−影像 Medical imaging", StringComparison.Ordinal) && f.Contains("−血液检测 Blood test", StringComparison.Ordinal));
        Assert.DoesNotContain(fields, f => f.Contains("medical-imaging", StringComparison.Ordinal) || f.Contains("blood-test", StringComparison.Ordinal));
        Assert.Contains(GroupHealthName, PageText.Of(html, "impact-changed-items").Single(), StringComparison.Ordinal);
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(HttpClient City, string Id)> DraftAsync()
    {
        var city = await platform.As(DemoAccounts.City);
        var id = "beijing-ftz/l" + Guid.NewGuid().ToString("N")[..10];
        await ApiTests.Json(await city.PostAsJsonAsync("api/editions/drafts", new { from = "beijing-ftz/2024", id }), HttpStatusCode.Created);
        return (city, id);
    }

    /// <summary>An approved filing of enterprise A in the diagnosis-and-treatment scenario, with two fields of the group-health item.</summary>
    private async Task<string> ApprovedFilingAsync(long sensitive)
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var request = ApiTests.NewFiling() with { Scenario = "bj-pharma-diagnosis-treatment", Fields = ["medical-imaging", "blood-test"], Persons = new PersonsBody(0, sensitive) };
        var id = (string)(await ApiTests.Json(await enterprise.PostAsJsonAsync("api/filings", request), HttpStatusCode.Created))["id"]!;
        await ApiTests.Json(await enterprise.PostAsync($"api/filings/{id}/submit", null), HttpStatusCode.OK);
        var officer = await platform.As(DemoAccounts.Daxing);
        await ApiTests.Json(await officer.PostAsync($"api/filings/{id}/start-review", Body("{}")), HttpStatusCode.OK);
        await ApiTests.Json(await officer.PostAsync($"api/filings/{id}/approve", Body("{}")), HttpStatusCode.OK);
        return id;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteEditionLabelsTests(SqlitePlatformFixture platform) : EditionLabelsTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresEditionLabelsTests(PostgresPlatformFixture platform) : EditionLabelsTests(platform);
