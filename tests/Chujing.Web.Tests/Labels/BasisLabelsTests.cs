using System.Text.Json.Nodes;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Labels;

/// <summary>
/// A filing's legal basis names the list by its title and the zone as a proper name, in Chinese first and in English
/// under the switch; the basis rule ids keep the edition id (the API's <c>rule</c>).
/// </summary>
public abstract class BasisLabelsTests(PlatformFixture platform)
{
    private const string Title = "中国（北京）自由贸易试验区数据出境管理清单（负面清单）（2024版）";
    private const string TitleEn = "Data Export Management List (Negative List) of the China (Beijing) Pilot FTZ (2024 Edition)";

    [Fact]
    public async Task NotApprovedProcessor_BasisNamesTheListByItsTitle()
    {
        var client = await platform.As(DemoAccounts.EnterpriseB);
        var id = await FilingAsync(client, "bj-auto-ota");

        var basis = JsonNode.Parse(await client.GetStringAsync($"api/filings/{id}"))!["basis"]!.AsArray();
        Assert.Contains(basis, b => (string?)b!["rule"] == "beijing-ftz/2024#not-applicable");

        var zh = PageText.Of(await client.GetStringAsync($"Filings/Details/{id}"), "basis-explanation");
        Assert.Contains($"“{Title}”不适用：数据处理者未获所在自贸组团批准使用清单，按国家规定判断。", zh);
        Assert.DoesNotContain(zh, t => t.Contains("beijing-ftz/2024", StringComparison.Ordinal));
        var en = PageText.Of(await client.GetStringAsync($"Filings/Details/{id}?culture=en"), "basis-explanation");
        Assert.Contains($"'{TitleEn}' does not apply: the processor has not been approved by its zone group to use the list; the national rules decide.", en);
    }

    [Fact]
    public async Task ApprovedProcessor_EnglishBasisCapitalisesTheZone()
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var id = await FilingAsync(client, "bj-pharma-clinical-trial");

        var en = PageText.Of(await client.GetStringAsync($"Filings/Details/{id}?culture=en"), "basis-explanation");
        Assert.Contains($"The processor is in the Beijing Free Trade Zone, approved to use '{TitleEn}' and not a CIIO, so the list applies (art. 6).", en);
        Assert.DoesNotContain(en, t => t.Contains("beijing free trade zone", StringComparison.OrdinalIgnoreCase) && !t.Contains("Beijing Free Trade Zone", StringComparison.Ordinal));
    }

    private static async Task<string> FilingAsync(HttpClient client, string scenario)
    {
        var filings = JsonNode.Parse(await client.GetStringAsync("api/filings"))!.AsArray();
        return (string)filings.First(f => (string?)f!["scenario"] == scenario)!["id"]!;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteBasisLabelsTests(SqlitePlatformFixture platform) : BasisLabelsTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresBasisLabelsTests(PostgresPlatformFixture platform) : BasisLabelsTests(platform);
