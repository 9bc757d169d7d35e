using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chujing.Persistence;
using Chujing.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Chujing.Web.Tests.Filings;

/// <summary>
/// The legal basis of a filing reads in Chinese first, English beside, on the details page, the print form and the
/// Excel form. Regression: the stored basis kept the English explanation only, although the engine writes both.
/// Rows stored before the Chinese was kept take it from the decision's archive; without one they show the English.
/// </summary>
public abstract class BasisChineseTests(PlatformFixture platform)
{
    private readonly PlatformFixture _platform = platform;

    [Fact]
    public async Task NewFiling_EveryBasisRowHasItsChineseExplanation_OnTheApiPagePrintAndExcel()
    {
        var (client, id) = await FilingAsync();
        var basis = JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}"))!["basis"]!.AsArray();
        Assert.NotEmpty(basis);
        Assert.All(basis, b => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string?)b!["explanationZh"] ?? string.Empty));
        var first = basis[0]!;
        var zh = (string)first["explanationZh"]!;
        var en = (string)first["explanation"]!;

        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"Filings/Details/{id}"));
        Assert.Contains(zh, details, StringComparison.Ordinal);
        Assert.Contains(en, details, StringComparison.Ordinal);
        Assert.True(details.IndexOf(zh, StringComparison.Ordinal) < details.IndexOf(en, StringComparison.Ordinal), "Chinese comes first");

        var print = WebUtility.HtmlDecode(await client.GetStringAsync($"Filings/Print/{id}"));
        Assert.Contains(zh, print, StringComparison.Ordinal);
        Assert.Contains(en, print, StringComparison.Ordinal);

        var rows = await BasisSheetAsync(client, id);
        var row = rows.First(r => Equals(r["说明"], zh));
        Assert.Equal(zh, row["说明"]);
        Assert.Equal(en, row["Explanation"]);
    }

    [Fact]
    public async Task NewFiling_BasisRowsAreNamed_NeverShownByTheirRuleIds_OnThePageAndThePrint()
    {
        var (client, id) = await FilingAsync();
        var rules = JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}"))!["basis"]!.AsArray().Select(b => (string)b!["rule"]!).ToList();
        Assert.NotEmpty(rules);

        foreach (var page in new[] { $"Filings/Details/{id}", $"Filings/Print/{id}", $"Filings/Details/{id}?culture=en" })
        {
            var html = await client.GetStringAsync(page);
            var text = Labels.PageText.Text(html);
            Assert.All(rules, rule =>
            {
                // The id stays readable for scripts, in an attribute; a person reads the rule's name.
                Assert.Contains($"data-rule=\"{WebUtility.HtmlEncode(rule)}\"", html, StringComparison.Ordinal);
                Assert.DoesNotContain(rule, text, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task RowsStoredWithoutChinese_TakeItFromTheArchive_OrShowTheEnglishWithoutFailing()
    {
        var (client, id) = await FilingAsync();
        var basis = JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}"))!["basis"]!.AsArray();
        var engine = basis.First(b => (string?)b!["rule"] != "year-counts")!;

        await ExecuteAsync($"UPDATE filing_basis SET \"ExplanationZh\" = NULL WHERE \"FilingId\" = {id}");
        var restored = JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}"))!["basis"]!.AsArray();
        Assert.Equal((string?)engine["explanationZh"], (string?)restored.First(b => (string?)b!["rule"] == (string?)engine["rule"])!["explanationZh"]);

        // Without an archive there is nothing to read the Chinese from: the English stands alone, marked in Excel.
        await ExecuteAsync($"UPDATE filings SET \"DecisionJson\" = NULL WHERE \"Id\" = {id}");
        var english = JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}"))!["basis"]!.AsArray();
        Assert.All(english, b => Assert.Equal(string.Empty, (string?)b!["explanationZh"]));
        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"Filings/Details/{id}"));
        Assert.Contains((string)engine["explanation"]!, details, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"basis-explanation-beside\"", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"Filings/Print/{id}")).StatusCode);
        var rows = await BasisSheetAsync(client, id);
        Assert.All(rows, r => Assert.StartsWith("（仅有英文说明", (string)r["说明"], StringComparison.Ordinal));
    }

    private async Task<(HttpClient Client, string Id)> FilingAsync()
    {
        var client = await _platform.As(DemoAccounts.EnterpriseA);
        var response = await client.PostAsJsonAsync("api/filings", ApiTests.NewFiling());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return (client, (string)JsonNode.Parse(text)!["id"]!);
    }

    private static async Task<List<IDictionary<string, object>>> BasisSheetAsync(HttpClient client, string id)
    {
        await using var stream = new MemoryStream(await client.GetByteArrayAsync($"api/filings/{id}/form.xlsx"));
        return [.. stream.Query(useHeaderRow: true, sheetName: "法律依据").Cast<IDictionary<string, object>>()];
    }

    private async Task ExecuteAsync(FormattableString sql)
    {
        using var scope = _platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        Assert.True(await db.Database.ExecuteSqlAsync(sql) > 0, sql.ToString());
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteBasisChineseTests(SqlitePlatformFixture platform) : BasisChineseTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresBasisChineseTests(PostgresPlatformFixture platform) : BasisChineseTests(platform);
