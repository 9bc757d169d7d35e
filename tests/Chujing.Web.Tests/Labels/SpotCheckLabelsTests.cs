using System.Net;
using System.Net.Http.Json;
using Chujing.Web.Demo;

namespace Chujing.Web.Tests.Labels;

/// <summary>
/// The spot-check page names the zone group, the parties who gave the seed, the processors and the finding kinds in
/// words (Chinese, English beside), never by their codes (which stay in the API's JSON).
/// </summary>
public abstract class SpotCheckLabelsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Details_RunCheck_NamesZoneGroupContributorsProcessorsAndKinds()
    {
        var officer = await platform.As(DemoAccounts.Daxing);
        var check = await ApiTests.Json(await officer.PostAsJsonAsync("api/spot-checks", new { from = "2026-01-01", to = "2026-06-01" }), HttpStatusCode.Created);
        var id = (string)check["id"]!;
        await ApiTests.Json(await officer.PostAsJsonAsync($"api/spot-checks/{id}/draw", new
        {
            contributions = new[] { new { party = "zone-group", value = "126331563425" }, new { party = "enterprise-witness", value = "354643662325-labels" } },
        }), HttpStatusCode.OK);
        var run = await ApiTests.Json(await officer.PostAsync($"api/spot-checks/{id}/run", null), HttpStatusCode.OK);
        Assert.Equal("daxing", (string?)run["check"]!["zoneGroup"]);
        Assert.Contains(run["findings"]!.AsArray(), f => (string?)f!["kind"] == "recipient-not-filed");

        var html = await officer.GetStringAsync($"SpotChecks/Details?id={id}");

        Assert.Equal("大兴 Daxing", PageText.Of(html, "check-zone").Single());
        var contributors = PageText.Of(html, "contributors").Single();
        Assert.Equal("自贸组团 Zone group「126331563425」，企业见证人 Enterprise witness「354643662325-labels」", contributors);
        Assert.All(PageText.Of(html, "outcome-processor"), p => Assert.StartsWith("北京大兴示例医药有限公司", p, StringComparison.Ordinal));
        Assert.NotEmpty(PageText.Of(html, "outcome-processor"));
        var kinds = PageText.Of(html, "finding-kind");
        Assert.Contains("接收方未备案 Recipient not filed", kinds);
        Assert.DoesNotContain(kinds, k => k.Contains('-', StringComparison.Ordinal));
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteSpotCheckLabelsTests(SqlitePlatformFixture platform) : SpotCheckLabelsTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresSpotCheckLabelsTests(PostgresPlatformFixture platform) : SpotCheckLabelsTests(platform);
