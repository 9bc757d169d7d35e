using System.Net;
using System.Net.Http.Json;
using System.Text;
using Chujing.Catalog.Yaml;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Labels;

/// <summary>
/// The comparison of two editions reads in words (codes only in attributes, for scripts), the national rules show their rules with
/// citation and confidence, and an empty part of an edition says it is not encoded rather than showing nothing.
/// </summary>
public abstract class EditionPagesTests(PlatformFixture platform)
{
    private const string GroupHealth = "bj-pharma-id-group-health";
    private const string GroupHealthName = "一定规模以上的群体诊疗、健康生理状况、医疗救援保障数据、特定药品实验数据等";
    private const string ExportControlled = "bj-pharma-id-export-controlled";

    /// <summary>Codes a person must not read as the text of a comparison.</summary>
    private static readonly string[] Codes =
    [
        "security-assessment", "standard-contract-or-certification", "exempt", "sensitive ", "personal ", GroupHealth, ExportControlled,
        "Unverified", "ConfirmedTwoSources", "OneSource", "ImportantData", "PersonalInformation", "beijing-ftz/",
    ];

    [Fact]
    public async Task Diff_ChangedBandAndRemovedItem_ReadAsLabels_IdsOnlyInAttributes()
    {
        var city = await platform.As(DemoAccounts.City);
        var id = "beijing-ftz/p" + Guid.NewGuid().ToString("N")[..10];
        await ApiTests.Json(await city.PostAsJsonAsync("api/editions/drafts", new { from = "beijing-ftz/2024", id }), HttpStatusCode.Created);
        await ApiTests.Json(await city.PatchAsync($"api/editions/drafts/{id}/items/{GroupHealth}", new StringContent(
            """{"thresholds": [{"counter": "sensitive", "atLeast": 5000, "pathway": "security-assessment"}]}""", Encoding.UTF8, "application/json")), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await city.DeleteAsync($"api/editions/drafts/{id}/items/{ExportControlled}")).StatusCode);

        var html = await city.GetStringAsync($"Editions/Diff?a=beijing-ftz/2024&b={Uri.EscapeDataString(id)}");

        var values = PageText.Of(html, "diff-value");
        Assert.Contains("敏感个人信息 5,000 人以上 → 数据出境安全评估", values);
        Assert.Contains("敏感个人信息 100,000 人以上 → 数据出境安全评估", values);
        Assert.Contains(GroupHealthName, PageText.Of(html, "diff-name"));
        Assert.Contains("〔释义〕属于出口管制或技术出口管理范围的数据", PageText.Of(html, "diff-name"));
        Assert.Contains("修改", PageText.Of(html, "diff-change"));
        Assert.Contains("删除", PageText.Of(html, "diff-change"));
        Assert.Contains("条目", PageText.Of(html, "diff-entry"));
        Assert.Contains("人数门槛", PageText.Of(html, "diff-aspect"));
        var read = values.Concat(PageText.Of(html, "diff-name")).Concat(PageText.Of(html, "diff-change")).Concat(PageText.Of(html, "diff-entry")).Concat(PageText.Of(html, "diff-aspect"));
        foreach (var text in read)
        {
            Assert.DoesNotContain(Codes, c => text.Contains(c, StringComparison.Ordinal));
        }

        // Regression: the rule ids stood as text under each row. They stay machine-readable, never read.
        Assert.Contains($"data-entry=\"{GroupHealth}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-entry=\"{ExportControlled}\"", html, StringComparison.Ordinal);
        var page = PageText.Text(html);
        Assert.DoesNotContain(GroupHealth, page, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportControlled, page, StringComparison.Ordinal);
        Assert.DoesNotContain("beijing-ftz/", page, StringComparison.Ordinal);

        var english = await city.GetStringAsync($"Editions/Diff?a=beijing-ftz/2024&b={Uri.EscapeDataString(id)}&culture=en");
        Assert.Contains("Sensitive personal information: 5,000 or more → Security assessment", PageText.Of(english, "diff-value"));
        Assert.Contains("Thresholds", PageText.Of(english, "diff-aspect"));
    }

    [Fact]
    public async Task Diff_RetitledEdition_EnglishTitleBesideTheTitleNotARowOfItsOwn()
    {
        var city = await platform.As(DemoAccounts.City);

        var html = await city.GetStringAsync("Editions/Diff?a=cn-national/2023&b=cn-national/2024");

        Assert.DoesNotContain("英文名称", PageText.Of(html, "diff-aspect"));
        Assert.Contains("促进和规范数据跨境流动规定", PageText.Of(html, "diff-value"));
        Assert.DoesNotContain(PageText.Of(html, "diff-value"), v => v.StartsWith("Provisions", StringComparison.Ordinal));
        Assert.Contains("（Provisions on Promoting and Regulating Cross-Border Data Flows）", PageText.Of(html, "diff-beside"));
        Assert.DoesNotContain("title=\"titleEn\"", html, StringComparison.Ordinal);

        var english = await city.GetStringAsync("Editions/Diff?a=cn-national/2023&b=cn-national/2024&culture=en");
        Assert.Contains("Provisions on Promoting and Regulating Cross-Border Data Flows", PageText.Of(english, "diff-value"));
    }

    [Theory]
    [InlineData("10 WorkingDays", false, "10 个工作日")]
    [InlineData("3 Years", false, "3 年")]
    [InlineData("6 Months", true, "6 months")]
    [InlineData("30 Days", true, "30 days")]
    public void Diff_RulePeriod_ReadsInWords(string code, bool english, string expected)
    {
        var label = new Chujing.Web.Editions.DiffLabels([], english).Value("period", code);

        Assert.Equal(expected, label.Text);
        Assert.Equal(code, label.Code);
    }

    [Fact]
    public async Task Show_NationalRules_ListsEveryRuleWithItsCitationAndConfidence()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var national = CatalogLoader.LoadDirectories([TestSupport.RepositoryPaths.Catalogs]).Value.Find("cn-national/2024")!;

        var html = await enterprise.GetStringAsync("Editions/Show?id=cn-national/2024");

        Assert.Single(PageText.Of(html, "rules"));
        Assert.Equal(national.Rules.Count, PageText.Of(html, "citation").Count);
        Assert.Equal(national.Rules.Select(r => r.Citation), PageText.Of(html, "citation"));
        Assert.Contains("《促进和规范数据跨境流动规定》第二条", PageText.Of(html, "citation"));
        Assert.Contains("重要数据的识别与申报（仅限被告知或公开发布的重要数据）", html, StringComparison.Ordinal);
        Assert.Contains("两个以上来源确认", PageText.Of(html, "confidence"));
        Assert.DoesNotContain(PageText.Of(html, "confidence"), c => c.Contains("ConfirmedTwoSources", StringComparison.Ordinal));
        Assert.Contains("data-rule=\"art2-important-data-notified\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_EmptyDomainAndCategory_SayNotEncodedInThisEdition()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);

        var beijing = await enterprise.GetStringAsync("Editions/Show?id=beijing-ftz/2024");
        var tianjin = await enterprise.GetStringAsync("Editions/Show?id=tianjin-ftz/2024");

        var empty = Section(beijing, "data-domain=\"retail-modern-services\"");
        Assert.Contains("本版本未收录", empty, StringComparison.Ordinal);
        Assert.Contains("Not encoded in this edition", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("本版本未收录", Section(beijing, "data-domain=\"pharmaceutical\""), StringComparison.Ordinal);
        Assert.Contains("本版本未收录", Section(tianjin, "data-category=\"tj-c01\""), StringComparison.Ordinal);
    }

    /// <summary>The card that opens with <paramref name="marker"/>, up to the next heading.</summary>
    private static string Section(string html, string marker)
    {
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, marker);
        var end = html.IndexOf("<h2", at, StringComparison.Ordinal);
        return html[at..(end < 0 ? html.Length : end)];
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteEditionPagesTests(SqlitePlatformFixture platform) : EditionPagesTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresEditionPagesTests(PostgresPlatformFixture platform) : EditionPagesTests(platform);
